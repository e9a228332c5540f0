package nl.kansrijk.adaptive.items;

import static nl.kansrijk.adaptive.items.ItemFactory.DIVIDED_BY;
import static nl.kansrijk.adaptive.items.ItemFactory.MINUS;
import static nl.kansrijk.adaptive.items.ItemFactory.TIMES;
import static nl.kansrijk.adaptive.items.ItemFactory.item;
import static nl.kansrijk.adaptive.items.ItemFactory.pick;
import static nl.kansrijk.adaptive.items.ItemFactory.show;
import static nl.kansrijk.adaptive.items.ItemFactory.weighted;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;
import nl.kansrijk.adaptive.items.AnswerKey.NumberAnswer;

/**
 * Decimals and percentages, groep 6 to secondary year 2. "15% van 80" is written "15% × 80" (the
 * same quantity, without a Dutch word in the prompt).
 */
final class DecimalPercentageGenerators {

    private static final int[] PERCENTAGES = {50, 25, 10, 75, 20, 5, 1, 15, 30, 40, 60, 12};
    private static final int[] POWERS_OF_TEN = {10, 100, 1000};
    private static final int[] FRIENDLY_DENOMINATORS = {2, 4, 5, 10, 20, 25, 50};

    private DecimalPercentageGenerators() {
    }

    static Item decimalsAndPercentages(RandomGenerator random) {
        Domain domain = Domain.DECIMALS_AND_PERCENTAGES;
        switch (weighted(random, 0.25, 0.15, 0.15, 0.25, 0.2)) {
            case 0 -> {
                int scaleA = random.nextInt(1, 3);
                int scaleB = random.nextInt(1, 3);
                BigDecimal a = BigDecimal.valueOf(random.nextLong(1, 1000), scaleA);
                BigDecimal b = BigDecimal.valueOf(random.nextLong(1, 1000), scaleB);
                boolean subtract = random.nextBoolean();
                if (subtract && a.compareTo(b) < 0) {
                    BigDecimal swap = a;
                    a = b;
                    b = swap;
                }
                BigDecimal result = subtract ? a.subtract(b) : a.add(b);
                return item(domain, show(a) + (subtract ? MINUS : " + ") + show(b), new NumberAnswer(result),
                        0.8 + (scaleA != scaleB ? 0.5 : 0.0) + (subtract ? 0.3 : 0.0) + 0.2 * (result.precision() - 2));
            }
            case 1 -> {
                BigDecimal a = BigDecimal.valueOf(random.nextLong(1, 10_000), random.nextInt(1, 4));
                int power = pick(random, POWERS_OF_TEN);
                boolean divide = random.nextBoolean();
                BigDecimal factor = BigDecimal.valueOf(power);
                BigDecimal result = divide ? a.divide(factor) : a.multiply(factor);
                return item(domain, show(a) + (divide ? DIVIDED_BY : TIMES) + power, new NumberAnswer(result),
                        1.0 + (divide ? 0.4 : 0.0) + 0.2 * Integer.toString(power).length());
            }
            case 2 -> {
                BigDecimal a = BigDecimal.valueOf(random.nextLong(11, 100), 1);
                long b = random.nextLong(2, 10);
                return item(domain, show(a) + TIMES + b, new NumberAnswer(a.multiply(BigDecimal.valueOf(b))),
                        1.8 + (a.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) == 0 ? -0.4 : 0.0));
            }
            case 3 -> {
                int percentage = pick(random, PERCENTAGES);
                // a base that makes the answer a whole number
                long step = 100 / Fraction.gcd(percentage, 100);
                long base = step * random.nextLong(1, Math.max(2, 1 + 400 / step));
                long result = base * percentage / 100;
                return item(domain, percentage + "%" + TIMES + base, NumberAnswer.of(result),
                        percentageDifficulty(percentage) + (base > 100 ? 0.3 : 0.0));
            }
            default -> {
                if (random.nextBoolean()) {
                    int denominator = pick(random, FRIENDLY_DENOMINATORS);
                    int numerator = random.nextInt(1, denominator);
                    Fraction fraction = Fraction.of(numerator, denominator);
                    long percent = 100 * fraction.numerator() / fraction.denominator();
                    return item(domain, fraction + " = …%", NumberAnswer.of(percent), 1.4 + 0.02 * fraction.denominator());
                }
                BigDecimal decimal = BigDecimal.valueOf(random.nextLong(1, 100), 2);
                return item(domain, show(decimal) + " = …%", new NumberAnswer(decimal.movePointRight(2)), 1.3);
            }
        }
    }

    /** 50% and 10% are taught first; 1%, 25% and 20% follow; 75%, 5% and the rest need two steps. */
    static double percentageDifficulty(int percentage) {
        return switch (percentage) {
            case 50 -> 0.8;
            case 10 -> 1.1;
            case 25 -> 1.3;
            case 1 -> 1.5;
            case 20 -> 1.6;
            case 75 -> 1.8;
            case 5 -> 1.9;
            default -> 2.4;
        };
    }
}
