package nl.kansrijk.adaptive.items;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The correct answer of an item and which inputs count as correct. Kansrijk's rule (see
 * adaptive/README.md): the value counts, not its spelling — decimal comma or point, a leading plus,
 * a typographic minus, spaces and trailing zeros are all fine; fraction items take any equal
 * fraction, mixed number or whole number, except items that ask to simplify, which take only lowest
 * terms. A decimal never answers a fraction item, and a fraction never answers a number item: the
 * notation is part of what the item practises. Thousands separators are not read ("1.000" is one).
 */
public sealed interface AnswerKey {

    /** The correct answer in normalised form: "56", "0.5", "-3", "7/8". */
    String normalised();

    /** True when the pupil's input is an acceptable way of giving the correct answer. */
    boolean accepts(String input);

    /** An integer or decimal answer. */
    record NumberAnswer(BigDecimal value) implements AnswerKey {

        public NumberAnswer {
            Objects.requireNonNull(value, "value");
        }

        public static NumberAnswer of(long value) {
            return new NumberAnswer(BigDecimal.valueOf(value));
        }

        @Override
        public String normalised() {
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }

        @Override
        public boolean accepts(String input) {
            return PupilInput.parseNumber(input).map(given -> given.compareTo(value) == 0).orElse(false);
        }
    }

    /** A fraction answer; with {@code lowestTermsRequired} only a fully simplified form counts. */
    record FractionAnswer(Fraction value, boolean lowestTermsRequired) implements AnswerKey {

        public FractionAnswer {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String normalised() {
            return value.toString();
        }

        @Override
        public boolean accepts(String input) {
            Optional<PupilInput.WrittenFraction> given = PupilInput.parseFraction(input);
            if (given.isEmpty() || !given.get().value().equals(value)) {
                return false;
            }
            return !lowestTermsRequired || given.get().inLowestTerms();
        }
    }
}
