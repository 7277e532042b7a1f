package org.landscapelab.ui.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.render.Figure;
import org.landscapelab.ui.fx.QueuedExecutor;

class LandscapeViewModelTest {
    private final QueuedExecutor fxThread = new QueuedExecutor();
    private final LandscapeViewModel model = new LandscapeViewModel(LandscapeLibrary.load(), Runnable::run, fxThread);

    private void open(String id) {
        model.selectedProperty().set(model.entries().stream().filter(e -> e.landscape().id().equals(id)).findFirst().orElseThrow());
        fxThread.drain();
    }

    @Test
    void openingALandscapeShowsItsFigureAndCriticalPointsOnceComputed() {
        model.selectedProperty().set(model.entries().stream().filter(e -> e.landscape().id().equals("himmelblau")).findFirst().orElseThrow());
        assertThat(model.landscape().id()).isEqualTo("himmelblau");
        assertThat(model.figureProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isTrue();
        fxThread.drain();
        Figure f = model.figureProperty().get();
        assertThat(f.landscape().landscape()).isSameAs(model.landscape());
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(LandscapeViewModel.summary(f.landscape().critical())).startsWith("9 critical points");
        assertThat(model.expressionProperty().get()).isEqualTo(model.landscape().expression().source());
    }

    @Test
    void anExpressionThatDoesNotParseLeavesTheOldLandscapeAndSaysWhere() {
        open("himmelblau");
        Landscape before = model.landscape();
        Figure figure = model.figureProperty().get();
        assertThat(model.applyExpression("x^2 + * y")).isFalse();
        assertThat(model.expressionErrorProperty().get()).isNotNull();
        fxThread.drain();
        assertThat(model.landscape()).isSameAs(before);
        assertThat(model.figureProperty().get()).isSameAs(figure);
        assertThat(model.expressionProperty().get()).isEqualTo("x^2 + * y");
    }

    @Test
    void aValidExpressionBecomesTheLandscapeOnTheSameDomain() {
        open("himmelblau");
        Domain domain = model.landscape().domain();
        assertThat(model.validateExpression("x^2 - y^2")).isNull();
        assertThat(model.landscape().id()).isEqualTo("himmelblau");
        assertThat(model.applyExpression("x^2 - y^2")).isTrue();
        fxThread.drain();
        assertThat(model.landscape().expression().source()).isEqualTo("x^2 - y^2");
        assertThat(model.landscape().domain()).isEqualTo(domain);
        assertThat(model.messageProperty().get()).isEqualTo("1 critical point: 1 saddle");
    }

    @Test
    void zoomAndResetChangeTheViewNotTheLandscape() {
        open("himmelblau");
        Landscape before = model.landscape();
        var full = model.viewportProperty().get();
        model.zoom(2, new org.landscapelab.landscape.Point(0, 0));
        assertThat(model.viewportProperty().get()).isNotEqualTo(full);
        model.resetView();
        fxThread.drain();
        assertThat(model.viewportProperty().get()).isEqualTo(full);
        assertThat(model.landscape()).isSameAs(before);
    }
}
