package nl.kansrijk.adaptive.items;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers and fractions as pupils (and school item files) write them; see {@link AnswerKey} for the rules. */
final class PupilInput {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern FRACTION = Pattern.compile("([+-]?)(?:(\\d+)\\s+)?(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final int MAXIMUM_FRACTION_INPUT = 18;

    private PupilInput() {
    }

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
