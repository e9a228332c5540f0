package nl.kansrijk.adaptive.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void construct_unreducedWithNegativeDenominator_isReducedWithPositiveDenominator() {
        assertThat(Fraction.of(6, -8)).isEqualTo(Fraction.of(-3, 4));
    }

    @Test
    void plus_unlikeDenominators_addsExactly() {
        // 3/4 + 1/8 = 6/8 + 1/8
        assertThat(Fraction.of(3, 4).plus(Fraction.of(1, 8))).isEqualTo(Fraction.of(7, 8));
    }

    @Test
    void dividedBy_fraction_multipliesByReciprocal() {
        assertThat(Fraction.of(3, 4).dividedBy(Fraction.of(1, 2))).isEqualTo(Fraction.of(3, 2));
    }

    @Test
    void toMixedString_improperFraction_showsWholeAndRest() {
        assertThat(Fraction.of(17, 4).toMixedString()).isEqualTo("4 1/4");
        assertThat(Fraction.of(3, 4).toMixedString()).isEqualTo("3/4");
    }

    @Test
    void construct_zeroDenominator_isRejected() {
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
