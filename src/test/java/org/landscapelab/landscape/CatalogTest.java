package org.landscapelab.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Catalog catalog = Catalog.builtIn();

    @Test
    void hasTheLandscapesALabSessionNeeds() {
        assertThat(catalog.ids()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates().contains(
                "quadratic_saddle", "monkey_saddle", "double_well", "quartic_saddle", "widening_valley", "rosenbrock",
                "distill_banana", "himmelblau", "beale", "booth", "matyas", "goldstein_price", "six_hump_camel",
                "three_hump_camel", "styblinski_tang", "mccormick", "rastrigin", "ackley", "easom", "sine_valley");
    }

    @Test
    void everyEntryIsDescribedAndHasStartsInsideItsDomain() {
        for (Landscape l : catalog.all()) {
            assertThat(l.description()).as(l.id()).hasSizeGreaterThan(150);
            assertThat(l.starts()).as(l.id()).isNotEmpty()
                    .allSatisfy(p -> assertThat(l.domain().contains(p.x(), p.y())).as(l.id() + " start " + p).isTrue());
            assertThat(Double.isFinite(l.function().value(l.starts().get(0).x(), l.starts().get(0).y()))).isTrue();
        }
    }

    @Test
    void goldsteinPriceIsShownOnALogScale() {
        assertThat(catalog.byId("goldstein_price").orElseThrow().scale()).isEqualTo(ColorScale.LOG);
    }

    @Test
    void knownMinimaAreWhereTheDescriptionsSayTheyAre() {
        assertThat(catalog.byId("rosenbrock").orElseThrow().function().value(1, 1)).isZero();
        assertThat(catalog.byId("distill_banana").orElseThrow().function().value(1, 1.0 / 3)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(catalog.byId("himmelblau").orElseThrow().function().value(3, 2)).isZero();
        assertThat(catalog.byId("goldstein_price").orElseThrow().function().value(0, -1)).isCloseTo(3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(catalog.byId("beale").orElseThrow().function().value(3, 0.5)).isZero();
        assertThat(catalog.byId("easom").orElseThrow().function().value(Math.PI, Math.PI)).isEqualTo(-1);
        assertThat(catalog.byId("ackley").orElseThrow().function().value(0, 0)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-14));
    }
}
