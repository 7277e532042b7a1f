package org.landscapelab.ui.files;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.landscapelab.io.EnsembleSettings;
import org.landscapelab.io.RaceSettings;
import org.landscapelab.io.Session;
import org.landscapelab.io.ViewSettings;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.Parameter;
import org.landscapelab.render.FigureOptions;
import org.landscapelab.render.Layer;
import org.landscapelab.ui.lab.LabViewModel;
import org.landscapelab.ui.landscape.LandscapeLibrary;
import org.landscapelab.ui.network.MlpLabModel;
import org.landscapelab.ui.network.TransformerLabModel;
import org.landscapelab.ui.race.OptimizerEntry;
import org.landscapelab.ui.race.RaceViewModel;

/**
 * Between the lab's view models and io's session records: what a session file saves and what
 * opening one restores. The network panels' settings travel as "transformer.*" and "batchnorm.*"
 * strings, and "lab" names the panel in front.
 */
public final class SessionMapper {
    static final String LAB_KEY = "lab";
    /** What opening a session saved with a network slice open says about its landscape. */
    public static final String SLICE_NOT_STORED =
            "the landscape (a network slice: sessions do not store it; compute it again from the Network menu)";

    private SessionMapper() {}

    public static Session capture(LabViewModel lab, TransformerLabModel transformer, MlpLabModel mlp, String frontLab) {
        Landscape l = lab.landscape().landscape();
        FigureOptions o = lab.landscape().optionsProperty().get();
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (Layer layer : Layer.values()) if (o.shows(layer)) layers.add(layer);
        ViewSettings view = new ViewSettings(o.colormap(), o.scale(), o.contourCount(), layers,
                lab.landscape().viewportProperty().get().region(),
                new ViewSettings.Arrows(lab.gradientArrowsProperty().get(), lab.momentumArrowsProperty().get(),
                        lab.updateArrowsProperty().get()));
        RaceViewModel r = lab.race();
        List<RaceSettings.Entry> entries = new ArrayList<>();
        for (OptimizerEntry e : r.optimizers()) entries.add(new RaceSettings.Entry(e.spec(), e.color(), e.enabled()));
        RaceSettings race = new RaceSettings(entries, r.noiseProperty().get(), r.modeProperty().get(), r.seedProperty().get(),
                r.stepsProperty().get(), r.startProperty().get(), r.batchSizeProperty().get());
        EnsembleSettings ensemble = lab.ensemble().settings();
        Map<String, String> network = new LinkedHashMap<>();
        network.put(LAB_KEY, frontLab);
        transformer.settings().forEach((k, v) -> network.put("transformer." + k, v));
        mlp.settings().forEach((k, v) -> network.put("batchnorm." + k, v));
        return new Session(l, view, race, lab.playback().step(), ensemble, network);
    }

    /** Restores a session; returns settings that could not be applied (the rest is applied). */
    public static List<String> apply(Session s, LabViewModel lab, TransformerLabModel transformer, MlpLabModel mlp) {
        List<String> problems = new ArrayList<>();
        // Saved with a network slice open: the slice's viewport and start mean nothing on the landscape shown now.
        boolean landscapeStored = s.landscape() != null;
        if (landscapeStored) showLandscape(s.landscape(), lab);
        else problems.add(SLICE_NOT_STORED);
        ViewSettings v = s.view();
        FigureOptions o = lab.landscape().optionsProperty().get().withColormap(v.colormap()).withScale(v.scale())
                .withContourCount(v.contourCount()).withLayers(v.layers().isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(v.layers()));
        lab.landscape().setView(o);
        if (landscapeStored) lab.landscape().setViewport(v.viewport());
        lab.gradientArrowsProperty().set(v.arrows().gradient());
        lab.momentumArrowsProperty().set(v.arrows().momentum());
        lab.updateArrowsProperty().set(v.arrows().update());
        RaceViewModel r = lab.race();
        RaceSettings race = s.race();
        r.optimizers().clear();
        for (RaceSettings.Entry e : race.optimizers()) {
            if (r.optimizers().size() >= RaceViewModel.MAX_OPTIMIZERS) break;
            OptimizerEntry entry = r.add(e.spec());
            entry.colorProperty().set(e.color());
            entry.enabledProperty().set(e.enabled());
        }
        r.noiseProperty().set(race.noise());
        r.modeProperty().set(race.mode());
        r.seedProperty().set(race.seed());
        r.stepsProperty().set(race.steps());
        r.batchSizeProperty().set(race.batchSize());
        if (landscapeStored) r.startProperty().set(race.start());
        lab.ensemble().apply(s.ensemble());
        lab.playback().playingProperty().set(false);
        lab.playback().setPendingStep(s.playbackStep());
        problems.addAll(transformer.restore(prefixed(s.network(), "transformer.")));
        problems.addAll(mlp.restore(prefixed(s.network(), "batchnorm.")));
        return problems;
    }

    /** Selects the catalog or sample entry the landscape is (with its parameter values), or adds it as a new entry. */
    public static void showLandscape(Landscape l, LabViewModel lab) {
        LandscapeLibrary.Entry same = lab.landscape().entries().stream()
                .filter(e -> e.landscape().sameDefinition(l)
                        && e.landscape().domain().equals(l.domain()) && e.landscape().data().equals(l.data())
                        && names(e.landscape()).equals(names(l)))
                .findFirst().orElse(null);
        if (same == null) {
            lab.landscape().open(new LandscapeLibrary.Entry(l, LandscapeLibrary.Source.FILE));
            return;
        }
        lab.landscape().selectedProperty().set(same);
        for (Parameter p : l.parameters()) lab.landscape().setParameter(p.name(), p.value());
    }

    private static List<String> names(Landscape l) {
        return l.parameters().stream().map(Parameter::name).toList();
    }

    private static Map<String, String> prefixed(Map<String, String> all, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), v);
        });
        return out;
    }
}
