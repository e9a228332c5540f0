package nl.kansrijk.adaptive.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the answer of every generated "a op b" item in the fraction and decimal/percentage
 * domains with exact arithmetic written independently of the generators.
 */
class GeneratedAnswersTest {

    private static final List<Item> FRACTIONS = ItemBank.generate(Domain.FRACTIONS, 3000, 99L);
    private static final List<Item> DECIMALS = ItemBank.generate(Domain.DECIMALS_AND_PERCENTAGES, 3000, 99L);

    /** An exact rational as numerator and denominator. */
    private record Exact(BigInteger numerator, BigInteger denominator) {

        static Exact parse(String operand) {
            String text = operand.strip().replace(',', '.');
            if (text.endsWith("%")) {
                Exact percent = parse(text.substring(0, text.length() - 1));
                return new Exact(percent.numerator, percent.denominator.multiply(BigInteger.valueOf(100)));
            }
            if (text.contains("/")) {
                String[] wholeAndFraction = text.split(" ");
                String[] parts = wholeAndFraction[wholeAndFraction.length - 1].split("/");
                BigInteger denominator = new BigInteger(parts[1]);
                BigInteger numerator = new BigInteger(parts[0]);
                if (wholeAndFraction.length == 2) {
                    numerator = numerator.add(new BigInteger(wholeAndFraction[0]).multiply(denominator));
                }
                return new Exact(numerator, denominator);
            }
            BigDecimal decimal = new BigDecimal(text);
            return new Exact(decimal.unscaledValue(), BigInteger.TEN.pow(Math.max(0, decimal.scale())));
        }

        Exact apply(String operator, Exact other) {
            return switch (operator) {
                case "+" -> new Exact(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)), denominator.multiply(other.denominator));
                case "\u2212" -> new Exact(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)), denominator.multiply(other.denominator));
                case "×" -> new Exact(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
                case ":" -> new Exact(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
                default -> throw new IllegalArgumentException(operator);
            };
        }

        /** "7/8" for fraction answers; a plain decimal (which must terminate) for number answers. */
        String written(boolean asFraction) {
            return asFraction ? numerator + "/" + denominator : new BigDecimal(numerator).divide(new BigDecimal(denominator)).toPlainString();
        }
    }

    private static int checkBinaryItems(List<Item> items) {
        int checked = 0;
        for (Item item : items) {
            if (item.hasInstruction() || item.prompt().contains("=")) {
                continue;
            }
            String[] parts = item.prompt().split(" ([+\u2212×:]) ");
            String operator = item.prompt().substring(parts[0].length() + 1, parts[0].length() + 2);
            Exact expected = Exact.parse(parts[0]).apply(operator, Exact.parse(parts[1]));
            boolean fractionAnswer = item.answer() instanceof AnswerKey.FractionAnswer;

            assertThat(item.accepts(expected.written(fractionAnswer))).as("%s = %s", item.prompt(), expected.written(fractionAnswer)).isTrue();
            checked++;
        }
        return checked;
    }

    @Test
    void generate_fractionItems_haveExactlyCorrectAnswers() {
        assertThat(checkBinaryItems(FRACTIONS)).isGreaterThan(2000);
    }

    @Test
    void generate_decimalAndPercentageItems_haveExactlyCorrectAnswers() {
        assertThat(checkBinaryItems(DECIMALS)).isGreaterThan(1500);
    }

    @Test
    void generate_percentageConversionItems_answerTheFractionTimesHundred() {
        int checked = 0;
        for (Item item : DECIMALS) {
            if (item.prompt().endsWith(" = …%")) {
                Exact value = Exact.parse(item.prompt().substring(0, item.prompt().length() - " = …%".length()));
                Exact percent = new Exact(value.numerator().multiply(BigInteger.valueOf(100)), value.denominator());
                assertThat(item.accepts(percent.written(false))).as(item.prompt()).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
