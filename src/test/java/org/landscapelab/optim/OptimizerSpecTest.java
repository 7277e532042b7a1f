package org.landscapelab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.landscapelab.params.ParamType;

/** Hyper-parameters by PyTorch name: defaults, parsing as the CLI gives them, validation messages, metadata. */
class OptimizerSpecTest {

    @Test
    void defaultsArePyTorchs() {
        OptimizerSpec sgd = OptimizerSpec.defaults(OptimizerKind.SGD);
        assertThat(sgd.toString()).isEqualTo("sgd lr=0.001 momentum=0 dampening=0 nesterov=false weight_decay=0 maximize=false");
        assertThat(OptimizerSpec.defaults(OptimizerKind.ADAM).toString())
                .isEqualTo("adam lr=0.001 betas=0.9,0.999 eps=1.0E-8 weight_decay=0 amsgrad=false maximize=false");
        assertThat(OptimizerSpec.defaults(OptimizerKind.ADAMW).real("weight_decay")).isEqualTo(1e-2);
        OptimizerSpec rmsprop = OptimizerSpec.defaults(OptimizerKind.RMSPROP);
        assertThat(List.of(rmsprop.lr(), rmsprop.real("alpha"), rmsprop.real("eps"), rmsprop.real("momentum")))
                .containsExactly(1e-2, 0.99, 1e-8, 0.0);
        assertThat(rmsprop.flag("centered")).isFalse();
        OptimizerSpec adagrad = OptimizerSpec.defaults(OptimizerKind.ADAGRAD);
        assertThat(List.of(adagrad.lr(), adagrad.real("lr_decay"), adagrad.real("initial_accumulator_value"), adagrad.real("eps")))
                .containsExactly(1e-2, 0.0, 0.0, 1e-10);
    }

    @Test
    void parsesWhatTheCliGives() {
        OptimizerSpec spec = OptimizerSpec.parse("sgd", List.of("lr=0.01", "momentum=0.9", "nesterov=true"));
        assertThat(spec.lr()).isEqualTo(0.01);
        assertThat(spec.real("momentum")).isEqualTo(0.9);
        assertThat(spec.flag("nesterov")).isTrue();
        OptimizerSpec adam = OptimizerSpec.parse("adam betas=0.8,0.99 eps=1e-6 amsgrad=true schedule=cosine T_max=300");
        assertThat(adam.pair("betas")).isEqualTo(new HyperValue.Pair(0.8, 0.99));
        assertThat(adam.flag("amsgrad")).isTrue();
        assertThat(adam.schedule()).isEqualTo(new LrSchedule.CosineAnnealingLR(300, 0));
        assertThat(OptimizerSpec.parse("pgd t_thres=7 g_thres=0.5").integer("t_thres")).isEqualTo(7);
        assertThat(OptimizerSpec.parse("cubic-newton M=12.5").real("M")).isEqualTo(12.5);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void textFormReadsBackToTheSameSpec(OptimizerKind kind) {
        OptimizerSpec spec = OptimizerSpec.defaults(kind).with("lr", "0.0123").withSchedule(new LrSchedule.StepLR(7, 0.3));
        assertThat(OptimizerSpec.parse(spec.toString())).isEqualTo(spec);
        assertThat(OptimizerSpec.parse(kind.id(), spec.toArguments())).isEqualTo(spec);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "adam lr=-1                       | lr must be a finite number >= 0, got -1",
        "adam betas=1.2,0.999             | betas[0] must be in [0, 1), got 1.2",
        "adam betas=0.9,1                 | betas[1] must be in [0, 1), got 1",
        "adam betas=0.9                   | betas must be two numbers separated by a comma (e.g. 0.9,0.999), got '0.9'",
        "sgd nesterov=true                | nesterov requires momentum > 0 and dampening = 0",
        "sgd nesterov=true momentum=0.9 dampening=0.1 | nesterov requires momentum > 0 and dampening = 0",
        "sgd nesterov=yes                 | nesterov must be true or false, got 'yes'",
        "adam lr_=0.1                     | unknown hyper-parameter 'lr_' for adam; known: lr, betas, eps, weight_decay, amsgrad, maximize",
        "adam lr=abc                      | lr must be a finite number >= 0, got 'abc'",
        "adam lr=NaN                      | lr must be a finite number >= 0, got 'NaN'",
        "adam eps=-1e-8                   | eps must be a finite number >= 0, got -1e-8",
        "sgd momentum=-0.5                | momentum must be a finite number >= 0, got -0.5",
        "sgd dampening=2                  | dampening must be in [0, 1], got 2",
        "rmsprop alpha=1.5                | alpha must be in [0, 1], got 1.5",
        "adagrad lr_decay=-1              | lr_decay must be a finite number >= 0, got -1",
        "cubic-newton M=0                 | M must be a finite number > 0, got 0",
        "saddle-free-newton damping=0     | damping must be a finite number > 0, got 0",
        "pgd t_thres=-3                   | t_thres must be an integer >= 0, got -3",
        "svrg batch_size=2.5              | batch_size must be an integer >= 1, got '2.5'",
        "svrg epoch_length=0              | epoch_length must be an integer >= 1, got 0",
        "adam lr                          | expected name=value, got 'lr'",
        "adam lr=0.1 lr=0.2               | lr is given twice",
        "adamm lr=0.1                     | unknown optimizer 'adamm'; known: sgd, adam, adamw, rmsprop, adagrad, newton, cubic-newton, saddle-free-newton, pgd, svrg, sarah, weight-norm-gd",
    })
    void rejectsInvalidValuesNamingTheParameterAndItsRange(String text, String message) {
        assertThatThrownBy(() -> OptimizerSpec.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void programmaticValuesAreValidatedToo() {
        assertThatThrownBy(() -> OptimizerSpec.of(OptimizerKind.ADAM, Map.of("betas", HyperValue.of(1.2, 0.999))))
                .hasMessage("betas[0] must be in [0, 1), got 1.2");
        assertThatThrownBy(() -> OptimizerSpec.defaults(OptimizerKind.SGD).with("lr", HyperValue.of(Double.POSITIVE_INFINITY)))
                .hasMessage("lr must be a finite number >= 0, got Infinity");
        assertThatThrownBy(() -> OptimizerSpec.defaults(OptimizerKind.SGD).with("lr", HyperValue.of(true)))
                .hasMessage("lr must be a finite number >= 0, got the boolean true");
        assertThatThrownBy(() -> OptimizerSpec.defaults(OptimizerKind.SGD).with("betas", HyperValue.of(0.9, 0.99)))
                .hasMessage("unknown hyper-parameter 'betas' for sgd; known: lr, momentum, dampening, nesterov, weight_decay, maximize");
    }

    @Test
    void withChangesOneValueAndKeepsTheRest() {
        OptimizerSpec spec = OptimizerSpec.parse("sgd lr=0.1 momentum=0.9 schedule=step step_size=5");
        OptimizerSpec changed = spec.with("momentum", "0.5");
        assertThat(changed.real("momentum")).isEqualTo(0.5);
        assertThat(changed.lr()).isEqualTo(0.1);
        assertThat(changed.schedule()).isEqualTo(spec.schedule());
        assertThat(spec.real("momentum")).isEqualTo(0.9); // immutable
        assertThat(spec.with("schedule", "cosine").schedule()).isEqualTo(new LrSchedule.CosineAnnealingLR(1000, 0));
        assertThat(spec.with("gamma", "0.25").schedule()).isEqualTo(new LrSchedule.StepLR(5, 0.25));
        assertThatThrownBy(() -> spec.hyperparameters().put("lr", HyperValue.of(1.0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyKindDescribesItselfForTheUi(OptimizerKind kind) {
        OptimizerInfo info = OptimizerCatalog.info(kind);
        assertThat(info.displayName()).isNotBlank().hasSizeLessThan(30);
        assertThat(info.updateRule()).contains("←");
        assertThat(info.parameters()).isNotEmpty();
        assertThat(info.parameter("lr")).isPresent();
        for (HyperParameter p : info.parameters()) {
            assertThat(p.meaning()).as(p.name()).isNotBlank();
            assertThat(p.validValues()).as(p.name()).isNotBlank();
            p.check(p.defaultValue());
            assertThat(p.parse(p.defaultValue().text())).isEqualTo(p.defaultValue());
            if (p.type() != ParamType.BOOLEAN) {
                assertThat(p.typicalMin()).as(p.name()).isLessThan(p.typicalMax());
                assertThat(p.range().contains(p.typicalMin())).as(p.name()).isTrue();
            }
            assertThat(p.logScale()).as(p.name()).isEqualTo(p.name().equals("lr") || p.name().equals("eps")
                    || kind.needsHessian() && !p.name().equals("regularization") || kind == OptimizerKind.PGD && !p.name().equals("t_thres"));
        }
        assertThat(OptimizerSpec.defaults(kind).hyperparameters().keySet())
                .containsExactlyElementsOf(info.parameters().stream().map(HyperParameter::name).toList());
    }

    @Test
    void kindsRoundTripByName() {
        for (OptimizerKind kind : OptimizerKind.values()) assertThat(OptimizerKind.fromId(kind.id())).isEqualTo(kind);
        for (ScheduleKind kind : ScheduleKind.values()) assertThat(ScheduleKind.fromId(kind.id())).isEqualTo(kind);
    }
}
