package nl.kansrijk.adaptive.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.kansrijk.adaptive.items.AnswerKey.FractionAnswer;
import nl.kansrijk.adaptive.items.AnswerKey.NumberAnswer;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {

    private final NumberAnswer half = new NumberAnswer(new BigDecimal("0.5"));
    private final NumberAnswer fiftySix = NumberAnswer.of(56);
    private final NumberAnswer minusThree = NumberAnswer.of(-3);
    private final FractionAnswer sevenEighths = new FractionAnswer(Fraction.of(7, 8), false);
    private final FractionAnswer threeHalves = new FractionAnswer(Fraction.of(3, 2), false);
    private final FractionAnswer threeQuartersSimplified = new FractionAnswer(Fraction.of(3, 4), true);

    @Test
    void numberAnswer_decimalCommaOrPoint_bothAccepted() {
        assertThat(half.accepts("0,5")).isTrue();
        assertThat(half.accepts("0.5")).isTrue();
        assertThat(half.accepts(",5")).isTrue();
        assertThat(half.accepts(" 0,50 ")).isTrue();
    }

    @Test
    void numberAnswer_wrongValueOrFractionNotation_rejected() {
        assertThat(half.accepts("0,55")).isFalse();
        assertThat(half.accepts("1/2")).isFalse();
        assertThat(half.accepts("")).isFalse();
        assertThat(half.accepts("half")).isFalse();
        assertThat(half.accepts(null)).isFalse();
    }

    @Test
    void numberAnswer_wholeNumberWithTrailingZerosOrPlusOrSpaces_accepted() {
        assertThat(fiftySix.accepts("56")).isTrue();
        assertThat(fiftySix.accepts("56,0")).isTrue();
        assertThat(fiftySix.accepts("+56")).isTrue();
        assertThat(NumberAnswer.of(1000).accepts("1 000")).isTrue();
    }

    @Test
    void numberAnswer_pointAsThousandsSeparator_isReadAsDecimalPoint() {
        // documented choice: "1.000" is one, never a thousand
        assertThat(NumberAnswer.of(1000).accepts("1.000")).isFalse();
        assertThat(NumberAnswer.of(1).accepts("1.000")).isTrue();
    }

    @Test
    void numberAnswer_asciiTypographicOrDashMinus_allAccepted() {
        assertThat(minusThree.accepts("-3")).isTrue();
        assertThat(minusThree.accepts("\u22123")).isTrue();
        assertThat(minusThree.accepts("\u20133")).isTrue();
        assertThat(minusThree.accepts("3")).isFalse();
    }

    @Test
    void numberAnswer_normalised_usesPointAndNoTrailingZeros() {
        assertThat(new NumberAnswer(new BigDecimal("80.610")).normalised()).isEqualTo("80.61");
        assertThat(new NumberAnswer(new BigDecimal("1.2E+3")).normalised()).isEqualTo("1200");
        assertThat(new NumberAnswer(new BigDecimal("0.00")).normalised()).isEqualTo("0");
    }

    @Test
    void fractionAnswer_equivalentFraction_accepted() {
        assertThat(sevenEighths.accepts("7/8")).isTrue();
        assertThat(sevenEighths.accepts("14/16")).isTrue();
        assertThat(sevenEighths.accepts(" 7 / 8 ")).isTrue();
    }

    @Test
    void fractionAnswer_decimalEquivalent_rejected() {
        assertThat(sevenEighths.accepts("0,875")).isFalse();
        assertThat(sevenEighths.accepts("8/7")).isFalse();
    }

    @Test
    void fractionAnswer_improperOrMixedNumber_bothAccepted() {
        assertThat(threeHalves.accepts("3/2")).isTrue();
        assertThat(threeHalves.accepts("1 1/2")).isTrue();
        assertThat(threeHalves.accepts("6/4")).isTrue();
        assertThat(threeHalves.accepts("1 2/4")).isTrue();
        assertThat(threeHalves.accepts("1 3/2")).isFalse();
    }

    @Test
    void fractionAnswer_wholeValue_acceptsPlainNumber() {
        FractionAnswer two = new FractionAnswer(Fraction.of(8, 4), false);

        assertThat(two.accepts("2")).isTrue();
        assertThat(two.accepts("4/2")).isTrue();
        assertThat(two.normalised()).isEqualTo("2");
    }

    @Test
    void fractionAnswer_lowestTermsRequired_rejectsUnsimplifiedEquivalent() {
        assertThat(threeQuartersSimplified.accepts("3/4")).isTrue();
        assertThat(threeQuartersSimplified.accepts("6/8")).isFalse();
    }

    @Test
    void fractionAnswer_zeroDenominatorOrHugeInput_rejectedWithoutException() {
        assertThat(sevenEighths.accepts("7/0")).isFalse();
        assertThat(sevenEighths.accepts("70000000000000000000/80000000000000000000")).isFalse();
    }

    @Test
    void fractionAnswer_negativeFraction_accepted() {
        FractionAnswer minusFiveThirds = new FractionAnswer(Fraction.of(-5, 3), false);

        assertThat(minusFiveThirds.accepts("-5/3")).isTrue();
        assertThat(minusFiveThirds.accepts("\u22121 2/3")).isTrue();
        assertThat(minusFiveThirds.normalised()).isEqualTo("-5/3");
    }
}
