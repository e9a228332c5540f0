package nl.kansrijk.adaptive.items;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            return parseNumber(input).map(given -> given.compareTo(value) == 0).orElse(false);
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
            Optional<WrittenFraction> given = parseFraction(input);
            if (given.isEmpty() || !given.get().value().equals(value)) {
                return false;
            }
            return !lowestTermsRequired || given.get().inLowestTerms();
        }
    }

    Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    Pattern FRACTION = Pattern.compile("([+-]?)(?:(\\d+)\\s+)?(\\d+)\\s*/\\s*(\\d+)");
    Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    int MAXIMUM_FRACTION_INPUT = 18;

    /** Reads "56", "-3", "0,5", ".5", "+1 000"; empty for anything else. */
    static Optional<BigDecimal> parseNumber(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = unifySigns(input).replaceAll("\\s+", "").replace(',', '.');
        if (!NUMBER.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact));
    }

    /** A fraction as the pupil wrote it: its value, and whether the written form was fully simplified. */
    record WrittenFraction(Fraction value, boolean inLowestTerms) {
    }

    /** Reads "3/4", "6 / 8", "1 1/2", "-5/3", "2"; empty for decimals or anything else. */
    static Optional<WrittenFraction> parseFraction(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = unifySigns(input).strip();
        if (text.length() > MAXIMUM_FRACTION_INPUT) {
            // keeps every digit group far below Long's 19 digits
            return Optional.empty();
        }
        if (WHOLE.matcher(text).matches()) {
            return Optional.of(new WrittenFraction(Fraction.whole(Long.parseLong(text)), true));
        }
        Matcher matcher = FRACTION.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long numerator = Long.parseLong(matcher.group(3));
        long denominator = Long.parseLong(matcher.group(4));
        if (denominator == 0) {
            return Optional.empty();
        }
        long whole = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        if (matcher.group(2) != null && numerator >= denominator) {
            // "1 5/4" is not a mixed number
            return Optional.empty();
        }
        Fraction value = Fraction.whole(whole).plus(Fraction.of(numerator, denominator));
        if (matcher.group(1).equals("-")) {
            value = Fraction.whole(0).minus(value);
        }
        boolean lowest = Fraction.gcd(numerator, denominator) == 1 && denominator != 1;
        return Optional.of(new WrittenFraction(value, lowest));
    }

    private static String unifySigns(String input) {
        // typographic minus and en dash, as tablets and copy-paste produce them
        return input.replace('\u2212', '-').replace('\u2013', '-');
    }
}
