package nl.kansrijk.adaptive.items;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;

/** Shared helpers of the domain generators: item assembly, digits, carries, number formatting. */
final class ItemFactory {

    static final String TIMES = " × ";
    static final String DIVIDED_BY = " : ";
    static final String MINUS = " \u2212 ";
    static final String MINUS_SIGN = "\u2212";
    static final double MINIMUM_DIFFICULTY = -4.0;
    static final double MAXIMUM_DIFFICULTY = 5.0;

    private ItemFactory() {
    }

    static Item item(Domain domain, String prompt, String instructionKey, AnswerKey answer, double difficulty) {
        double clamped = Math.max(MINIMUM_DIFFICULTY, Math.min(MAXIMUM_DIFFICULTY, difficulty));
        double rounded = Math.round(clamped * 100) / 100.0;
        return new Item(idFor(domain, prompt, instructionKey), domain, Level.nearestTo(rounded), prompt, instructionKey, answer, rounded);
    }

    static Item item(Domain domain, String prompt, AnswerKey answer, double difficulty) {
        return item(domain, prompt, "", answer, difficulty);
    }

    /** A content-derived ASCII id, so an item keeps its id whatever seed or bank size produced it. */
    static String idFor(Domain domain, String prompt, String instructionKey) {
        String body = prompt
                .replace("×", "x").replace("\u2212", "-").replace(":", "d").replace("√", "sqrt")
                .replace("²", "^2").replace("?", "q").replace("%", "pct").replace("…", "_").replace(",", ".")
                .replaceAll("(?<=\\d) (?=\\d)", "_") // the space inside a mixed number "2 1/4"
                .replace(" ", "");
        return domain.code() + "/" + (instructionKey.isEmpty() ? "" : instructionKey + "/") + body;
    }

    static int digits(long n) {
        return Long.toString(Math.abs(n)).length();
    }

    /** A number with exactly {@code digits} digits (1-digit numbers are 1–9). */
    static long withDigits(RandomGenerator random, int digits) {
        long low = digits == 1 ? 1 : (long) Math.pow(10, digits - 1);
        long high = (long) Math.pow(10, digits);
        return random.nextLong(low, high);
    }

    /** Column additions that carry. */
    static int carries(long a, long b) {
        int count = 0;
        int carry = 0;
        while (a > 0 || b > 0) {
            int column = (int) (a % 10 + b % 10) + carry;
            carry = column >= 10 ? 1 : 0;
            count += carry;
            a /= 10;
            b /= 10;
        }
        return count;
    }

    /** Column subtractions a − b (a ≥ b) that borrow. */
    static int borrows(long a, long b) {
        int count = 0;
        int borrow = 0;
        while (a > 0 || b > 0) {
            int column = (int) (a % 10 - b % 10) - borrow;
            borrow = column < 0 ? 1 : 0;
            count += borrow;
            a /= 10;
            b /= 10;
        }
        return count;
    }

    /** "3,47", "−2" : Dutch decimal comma and typographic minus, as pupils see numbers in class. */
    static String show(BigDecimal value) {
        String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString().replace('.', ',');
        return plain.startsWith("-") ? MINUS_SIGN + plain.substring(1) : plain;
    }

    static String show(long value) {
        return value < 0 ? MINUS_SIGN + (-value) : Long.toString(value);
    }

    static int pick(RandomGenerator random, int[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Index drawn with the given relative weights. */
    static int weighted(RandomGenerator random, double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
