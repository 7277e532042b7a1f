package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SmokeFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new App().start(stage);
    }

    @Test
    void opens() {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Landscape Lab");
    }
}
