package org.landscapelab.nn.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.landscapelab.nn.Activation;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.Network;
import org.landscapelab.nn.transformer.Norm;
import org.landscapelab.nn.transformer.ResidualScale;
import org.landscapelab.nn.transformer.TransformerSpec;
import org.landscapelab.optim.OptimizerSpec;

class NetworkSettingsTest {
    @Test
    void theTextFormReadsBackToTheSameSettings() {
        TransformerSettings t = new TransformerSettings(3, 16, 2, 4, Norm.PRE_LN, ResidualScale.inverseSqrtDepth(), TransformerTask.REVERSE, 2);
        TransformerSettings back = TransformerSettings.DEFAULTS;
        for (var e : t.asText().entrySet()) back = back.with(e.getKey(), e.getValue());
        assertThat(back).isEqualTo(t);
        MlpSettings m = new MlpSettings(5, 8, 4, Activation.LINEAR, false);
        MlpSettings mBack = MlpSettings.DEFAULTS;
        for (var e : m.asText().entrySet()) mBack = mBack.with(e.getKey(), e.getValue());
        assertThat(mBack).isEqualTo(m);
    }

    @Test
    void eachSettingHasOneParserThatNamesTheProblem() {
        assertThatThrownBy(() -> TransformerSettings.DEFAULTS.with("residual_scale", "2000"))
                .hasMessage("residual scale must be a positive number at most 1000 or 1/sqrt(L), got 2000.0");
        assertThatThrownBy(() -> TransformerSettings.DEFAULTS.with("task", "copy"))
                .hasMessage("expected one of TEACHER, COPY, REVERSE, SORT, got 'copy'");
        assertThatThrownBy(() -> TransformerSettings.DEFAULTS.with("depth", "1.5")).hasMessage("must be a whole number, got '1.5'");
        assertThatThrownBy(() -> TransformerSettings.DEFAULTS.with("activation", "relu"))
                .hasMessage("not a transformer setting; known: depth, width, heads, tokens, norm, residual_scale, task, batch");
        assertThatThrownBy(() -> MlpSettings.DEFAULTS.with("batch_norm", "True")).hasMessage("expected true or false, got 'True'");
    }

    @Test
    void wholeResidualScalesAreWrittenWithoutAFraction() {
        assertThat(ResidualScale.of(1).text()).isEqualTo("1");
        assertThat(ResidualScale.of(ResidualScale.MAX).text()).isEqualTo("1000");
        assertThat(ResidualScale.of(0.25).text()).isEqualTo("0.25");
        assertThat(ResidualScale.inverseSqrtDepth().text()).isEqualTo("1/sqrt(L)");
        assertThat(ResidualScale.parse(ResidualScale.of(1e-3).text())).isEqualTo(ResidualScale.of(1e-3));
        assertThat(ResidualScale.of(1).toString()).as("the sweeps' labels").isEqualTo("1.0");
    }

    @Test
    void theSetUpIsTheOneThePanelAlwaysUsed() {
        TransformerSettings t = TransformerSettings.DEFAULTS.with("task", "COPY");
        Network n = t.network(7);
        TrainingData data = t.data(n, 7);
        TrainingData expected = Tasks.tokens(t.spec(), TokenTask.COPY, 8, 64, 7 + 1_000_003L);
        assertThat(data.inputs().data).containsExactly(expected.inputs().data);
        assertThat(data.targets().data).containsExactly(expected.targets().data);
        assertThat(t.batchSize(data)).isEqualTo(8);
        assertThat(t.spec()).isEqualTo(TransformerSpec.of(16, 32, 4, 6, Norm.POST_LN, 1));

        MlpSettings m = new MlpSettings(3, 8, 500, Activation.RELU, true);
        TrainingData mlpData = m.data(m.network(2), 2);
        assertThat(mlpData.inputs().data).containsExactly(Tasks.mlpTeacher(m.spec(), Init.HE, 256, 2 + 1_000_003L).inputs().data);
        assertThat(m.batchSize(mlpData)).isEqualTo(256);
        assertThat(m.with("batch", "1").batchSize(mlpData)).isEqualTo(2);
    }

    @Test
    void theSameSeedTrainsToTheSameLoss() {
        TransformerSettings t = new TransformerSettings(2, 8, 2, 4, Norm.POST_LN, ResidualScale.of(1), TransformerTask.TEACHER, 4);
        OptimizerSpec adam = OptimizerSpec.parse("adam lr=0.001");
        double first = t.trainer(adam, 3, 20, 5).run().loss();
        assertThat(t.trainer(adam, 3, 20, 5).run().loss()).isEqualTo(first);
        assertThat(t.trainer(adam, 4, 20, 5).run().loss()).isNotEqualTo(first);
    }
}
