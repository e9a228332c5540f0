package nl.kansrijk.adaptive.items;

import static nl.kansrijk.adaptive.items.ItemFactory.DIVIDED_BY;
import static nl.kansrijk.adaptive.items.ItemFactory.MINUS;
import static nl.kansrijk.adaptive.items.ItemFactory.TIMES;
import static nl.kansrijk.adaptive.items.ItemFactory.item;
import static nl.kansrijk.adaptive.items.ItemFactory.pick;
import static nl.kansrijk.adaptive.items.ItemFactory.weighted;

import java.util.random.RandomGenerator;
import nl.kansrijk.adaptive.items.AnswerKey.FractionAnswer;
import nl.kansrijk.adaptive.items.AnswerKey.NumberAnswer;

/** Fractions from groep 5 (a fraction of a number) to secondary year 2 (dividing fractions). */
final class FractionGenerators {

    static final String SIMPLIFY = "simplify";
    private static final int[] SCHOOL_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12};

    private FractionGenerators() {
    }

    static Item fractions(RandomGenerator random) {
        Domain domain = Domain.FRACTIONS;
        switch (weighted(random, 0.2, 0.15, 0.15, 0.2, 0.1, 0.1, 0.1)) {
            case 0 -> {
                // 3/4 × 20: a fraction of a whole number, written as a product
                int denominator = pick(random, SCHOOL_DENOMINATORS);
                int numerator = random.nextInt(1, denominator);
                int times = random.nextInt(1, 13);
                long whole = (long) denominator * times;
                return item(domain, Fraction.written(numerator, denominator) + TIMES + whole, NumberAnswer.of(numerator * (long) times),
                        -0.8 + (Fraction.gcd(numerator, denominator) == 1 && numerator > 1 ? 0.5 : 0.0) + 0.05 * times);
            }
            case 1 -> {
                int denominator = pick(random, SCHOOL_DENOMINATORS);
                int numerator = random.nextInt(1, denominator);
                Fraction reduced = Fraction.of(numerator, denominator);
                int factor = random.nextInt(2, 7);
                String shown = Fraction.written(reduced.numerator() * factor, reduced.denominator() * factor);
                return item(domain, shown, SIMPLIFY, new FractionAnswer(reduced, true),
                        0.0 + 0.25 * (factor - 2) + 0.08 * reduced.denominator());
            }
            case 2 -> {
                int denominator = random.nextInt(2, 13);
                int a = random.nextInt(1, denominator + 3);
                if (a == denominator) {
                    a--;
                }
                int b = random.nextInt(1, denominator);
                boolean subtract = random.nextBoolean() && a > b;
                Fraction result = subtract ? Fraction.of(a - b, denominator) : Fraction.of(a + b, denominator);
                String prompt = Fraction.written(a, denominator) + (subtract ? MINUS : " + ") + Fraction.written(b, denominator);
                return item(domain, prompt, new FractionAnswer(result, false),
                        -0.2 + (subtract ? 0.2 : 0.0) + (a >= denominator ? 0.5 : 0.0) + (result.denominator() != denominator ? 0.3 : 0.0));
            }
            case 3 -> {
                int first = pick(random, SCHOOL_DENOMINATORS);
                int second = pick(random, SCHOOL_DENOMINATORS);
                if (first == second) {
                    second = first == 12 ? 4 : first * 2 <= 12 ? first * 2 : 3;
                }
                Fraction a = Fraction.of(random.nextInt(1, first), first);
                Fraction b = Fraction.of(random.nextInt(1, second), second);
                boolean subtract = random.nextBoolean() && a.compareTo(b) > 0;
                Fraction result = subtract ? a.minus(b) : a.plus(b);
                long common = Fraction.lcm(a.denominator(), b.denominator());
                boolean oneDividesOther = common == Math.max(a.denominator(), b.denominator());
                return item(domain, a + (subtract ? MINUS : " + ") + b, new FractionAnswer(result, false),
                        1.3 + (oneDividesOther ? 0.0 : 0.5) + 0.04 * common + (subtract ? 0.2 : 0.0));
            }
            case 4 -> {
                Fraction a = Fraction.of(random.nextInt(1, 6), random.nextInt(2, 10));
                Fraction b = Fraction.of(random.nextInt(1, 6), random.nextInt(2, 10));
                return item(domain, a + TIMES + b, new FractionAnswer(a.times(b), false), 2.0 + 0.03 * a.times(b).denominator());
            }
            case 5 -> {
                Fraction a = Fraction.of(random.nextInt(1, 8), random.nextInt(2, 10));
                Fraction b = Fraction.of(random.nextInt(1, 6), random.nextInt(2, 8));
                return item(domain, a + DIVIDED_BY + b, new FractionAnswer(a.dividedBy(b), false), 2.8 + 0.03 * a.dividedBy(b).denominator());
            }
            default -> {
                int denominator = pick(random, SCHOOL_DENOMINATORS);
                Fraction a = Fraction.whole(random.nextInt(1, 5)).plus(Fraction.of(random.nextInt(1, denominator), denominator));
                Fraction b = Fraction.whole(random.nextInt(1, 4)).plus(Fraction.of(random.nextInt(1, denominator), denominator));
                return item(domain, a.toMixedString() + " + " + b.toMixedString(), new FractionAnswer(a.plus(b), false),
                        2.2 + 0.04 * denominator);
            }
        }
    }
}
