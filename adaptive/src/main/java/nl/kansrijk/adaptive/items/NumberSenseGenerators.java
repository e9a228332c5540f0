package nl.kansrijk.adaptive.items;

import static nl.kansrijk.adaptive.items.ItemFactory.DIVIDED_BY;
import static nl.kansrijk.adaptive.items.ItemFactory.MINUS;
import static nl.kansrijk.adaptive.items.ItemFactory.TIMES;
import static nl.kansrijk.adaptive.items.ItemFactory.item;
import static nl.kansrijk.adaptive.items.ItemFactory.show;
import static nl.kansrijk.adaptive.items.ItemFactory.weighted;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;
import nl.kansrijk.adaptive.items.AnswerKey.NumberAnswer;

/**
 * Number sense: missing numbers, rounding, number sequences, place value, the order of operations,
 * negative numbers, squares and square roots (groep 3 to secondary year 2).
 */
final class NumberSenseGenerators {

    static final String ROUND_TO_NEAREST_10 = "roundToNearest10";
    static final String ROUND_TO_NEAREST_100 = "roundToNearest100";
    static final String ROUND_TO_NEAREST_1000 = "roundToNearest1000";
    static final String ROUND_TO_WHOLE = "roundToWhole";

    private NumberSenseGenerators() {
    }

    static Item numberSense(RandomGenerator random) {
        Domain domain = Domain.NUMBER_SENSE;
        switch (weighted(random, 0.25, 0.15, 0.15, 0.05, 0.15, 0.15, 0.1)) {
            case 0 -> {
                return missingNumber(random);
            }
            case 1 -> {
                return rounding(random);
            }
            case 2 -> {
                return sequence(random);
            }
            case 3 -> {
                long thousands = random.nextLong(1, 10);
                long tens = random.nextLong(0, 10);
                long ones = random.nextLong(1, 10);
                String prompt = thousands + TIMES + "1000 + " + tens + TIMES + "10 + " + ones;
                return item(domain, prompt, NumberAnswer.of(thousands * 1000 + tens * 10 + ones), tens == 0 ? -0.2 : -0.5);
            }
            case 4 -> {
                long a = random.nextLong(2, 21);
                long b = random.nextLong(2, 10);
                long c = random.nextLong(2, 10);
                return switch (random.nextInt(3)) {
                    case 0 -> item(domain, a + " + " + b + TIMES + c, NumberAnswer.of(a + b * c), 2.8);
                    case 1 -> item(domain, "(" + a + " + " + b + ")" + TIMES + c, NumberAnswer.of((a + b) * c), 2.3);
                    default -> item(domain, (a + b * c) + MINUS + (b * c) + DIVIDED_BY + c, NumberAnswer.of(a + b * c - b), 3.1);
                };
            }
            case 5 -> {
                long a = random.nextLong(1, 20);
                long b = random.nextLong(1, 20);
                return switch (random.nextInt(3)) {
                    case 0 -> item(domain, show(-a) + " + " + b, NumberAnswer.of(b - a), 2.8 + (a > b ? 0.3 : 0.0));
                    case 1 -> item(domain, show(-a) + MINUS + b, NumberAnswer.of(-a - b), 3.2);
                    default -> {
                        long c = random.nextLong(2, 10);
                        yield item(domain, show(-a) + TIMES + "(" + show(-c) + ")", NumberAnswer.of(a * c), 3.5);
                    }
                };
            }
            default -> {
                long base = random.nextLong(2, 21);
                if (random.nextBoolean()) {
                    return item(domain, base + "²", NumberAnswer.of(base * base), base <= 10 ? 1.8 : 3.0);
                }
                return item(domain, "√" + base * base, NumberAnswer.of(base), base <= 10 ? 2.4 : 3.4);
            }
        }
    }

    private static Item missingNumber(RandomGenerator random) {
        Domain domain = Domain.NUMBER_SENSE;
        switch (random.nextInt(3)) {
            case 0 -> {
                long total = random.nextLong(5, 21) * (random.nextInt(4) == 0 ? 10 : 1);
                long part = random.nextLong(1, total);
                return item(domain, "? + " + part + " = " + total, NumberAnswer.of(total - part), total <= 10 ? -2.6 : total <= 20 ? -1.8 : -0.6);
            }
            case 1 -> {
                long start = random.nextLong(11, 100);
                long missing = random.nextLong(1, start);
                return item(domain, start + MINUS + "? = " + (start - missing), NumberAnswer.of(missing), -1.0 + 0.6 * ItemFactory.borrows(start, missing));
            }
            default -> {
                int a = random.nextInt(2, 11);
                int b = random.nextInt(2, 11);
                return item(domain, "?" + TIMES + b + " = " + a * b, NumberAnswer.of(a), ArithmeticGenerators.factDifficulty(a, b) + 0.8);
            }
        }
    }

    private static Item rounding(RandomGenerator random) {
        Domain domain = Domain.NUMBER_SENSE;
        switch (random.nextInt(4)) {
            case 0 -> {
                long n = random.nextLong(11, 1000);
                return item(domain, Long.toString(n), ROUND_TO_NEAREST_10, NumberAnswer.of(roundHalfUp(n, 10)), n < 100 ? -0.8 : -0.3);
            }
            case 1 -> {
                long n = random.nextLong(101, 10_000);
                return item(domain, Long.toString(n), ROUND_TO_NEAREST_100, NumberAnswer.of(roundHalfUp(n, 100)), 0.2);
            }
            case 2 -> {
                long n = random.nextLong(1001, 100_000);
                return item(domain, Long.toString(n), ROUND_TO_NEAREST_1000, NumberAnswer.of(roundHalfUp(n, 1000)), 1.0);
            }
            default -> {
                BigDecimal n = BigDecimal.valueOf(random.nextLong(11, 10_000), random.nextInt(1, 3));
                return item(domain, show(n), ROUND_TO_WHOLE, new NumberAnswer(n.setScale(0, RoundingMode.HALF_UP)), 1.2);
            }
        }
    }

    private static Item sequence(RandomGenerator random) {
        Domain domain = Domain.NUMBER_SENSE;
        int kind = weighted(random, 0.5, 0.3, 0.2);
        long start = random.nextLong(1, 50);
        long[] terms = new long[5];
        long step;
        double difficulty;
        if (kind == 2) {
            step = random.nextLong(2, 4);
            start = random.nextLong(1, 6);
            terms[0] = start;
            for (int i = 1; i < 5; i++) {
                terms[i] = terms[i - 1] * step;
            }
            difficulty = 1.5 + 0.4 * (step - 2);
        } else {
            step = random.nextLong(1, 26) * (kind == 1 ? -1 : 1);
            if (kind == 1) {
                start = -step * 4 + random.nextLong(0, 60);
            }
            terms[0] = start;
            for (int i = 1; i < 5; i++) {
                terms[i] = terms[i - 1] + step;
            }
            difficulty = -1.8 + 0.08 * Math.abs(step) + (kind == 1 ? 0.5 : 0.0) + (Math.abs(step) % 5 == 0 ? -0.4 : 0.0);
        }
        String prompt = terms[0] + ", " + terms[1] + ", " + terms[2] + ", " + terms[3] + ", ?";
        return item(domain, prompt, NumberAnswer.of(terms[4]), difficulty);
    }

    private static long roundHalfUp(long n, long unit) {
        return (n + unit / 2) / unit * unit;
    }
}
