package nl.kansrijk.adaptive.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recomputes every generated number-sense answer independently: expressions with a small
 * recursive-descent evaluator, missing numbers by solving for "?", sequences from their differences
 * or ratios, rounding with BigDecimal.
 */
class NumberSenseAnswersTest {

    private static final List<Item> ITEMS = ItemBank.generate(Domain.NUMBER_SENSE, 3000, 5L);

    @Test
    void generate_everyNumberSenseItem_hasTheIndependentlyComputedAnswer() {
        int checked = 0;
        for (Item item : ITEMS) {
            BigDecimal expected = expectedAnswer(item);
            assertThat(item.accepts(expected.toPlainString())).as("%s [%s] = %s", item.prompt(), item.instructionKey(), expected).isTrue();
            checked++;
        }
        assertThat(checked).isEqualTo(3000);
    }

    private static BigDecimal expectedAnswer(Item item) {
        String prompt = item.prompt();
        switch (item.instructionKey()) {
            case "roundToNearest10" -> {
                return round(prompt, -1);
            }
            case "roundToNearest100" -> {
                return round(prompt, -2);
            }
            case "roundToNearest1000" -> {
                return round(prompt, -3);
            }
            case "roundToWhole" -> {
                return round(prompt, 0);
            }
            case "" -> {
                // handled below
            }
            default -> throw new AssertionError("unexpected instruction " + item.instructionKey());
        }
        if (prompt.endsWith(", ?")) {
            String[] terms = prompt.substring(0, prompt.length() - 3).split(", ");
            long a = Long.parseLong(terms[0]);
            long b = Long.parseLong(terms[1]);
            long c = Long.parseLong(terms[2]);
            long last = Long.parseLong(terms[terms.length - 1]);
            boolean arithmetic = b - a == c - b;
            return BigDecimal.valueOf(arithmetic ? last + (b - a) : last * (b / a));
        }
        if (prompt.contains("?")) {
            // the unknown enters linearly: evaluate with ? = 0 and ? = 1 and solve for the stated result
            String[] sides = prompt.split(" = ");
            BigDecimal target = new Evaluator(sides[1]).expression();
            BigDecimal atZero = new Evaluator(sides[0].replace("?", "0")).expression();
            BigDecimal atOne = new Evaluator(sides[0].replace("?", "1")).expression();
            return target.subtract(atZero).divide(atOne.subtract(atZero));
        }
        return new Evaluator(prompt).expression();
    }

    private static BigDecimal round(String prompt, int scale) {
        return new BigDecimal(prompt.replace(',', '.')).setScale(scale, RoundingMode.HALF_UP);
    }

    /** expression := term (("+" | "−") term)*; term := factor (("×" | ":") factor)*; factor := ["−"] atom ["²"] | "√" atom. */
    private static final class Evaluator {
        private final String text;
        private int position;

        Evaluator(String text) {
            this.text = text.replace(" ", "");
        }

        BigDecimal expression() {
            BigDecimal value = term();
            while (position < text.length() && (peek() == '+' || peek() == '\u2212')) {
                char operator = text.charAt(position++);
                BigDecimal right = term();
                value = operator == '+' ? value.add(right) : value.subtract(right);
            }
            return value;
        }

        private BigDecimal term() {
            BigDecimal value = factor();
            while (position < text.length() && (peek() == '×' || peek() == ':')) {
                char operator = text.charAt(position++);
                BigDecimal right = factor();
                value = operator == '×' ? value.multiply(right) : value.divide(right);
            }
            return value;
        }

        private BigDecimal factor() {
            if (peek() == '\u2212') {
                position++;
                return factor().negate();
            }
            if (peek() == '√') {
                position++;
                return atom().sqrt(java.math.MathContext.DECIMAL64);
            }
            BigDecimal value = atom();
            if (position < text.length() && peek() == '²') {
                position++;
                value = value.multiply(value);
            }
            return value;
        }

        private BigDecimal atom() {
            if (peek() == '(') {
                position++;
                BigDecimal value = expression();
                position++; // ')'
                return value;
            }
            int start = position;
            while (position < text.length() && (Character.isDigit(peek()) || peek() == ',')) {
                position++;
            }
            return new BigDecimal(text.substring(start, position).replace(',', '.'));
        }

        private char peek() {
            return text.charAt(position);
        }
    }
}
