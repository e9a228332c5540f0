package nl.kansrijk.adaptive.items;

import static nl.kansrijk.adaptive.items.ItemFactory.DIVIDED_BY;
import static nl.kansrijk.adaptive.items.ItemFactory.MINUS;
import static nl.kansrijk.adaptive.items.ItemFactory.TIMES;
import static nl.kansrijk.adaptive.items.ItemFactory.borrows;
import static nl.kansrijk.adaptive.items.ItemFactory.carries;
import static nl.kansrijk.adaptive.items.ItemFactory.digits;
import static nl.kansrijk.adaptive.items.ItemFactory.item;
import static nl.kansrijk.adaptive.items.ItemFactory.weighted;
import static nl.kansrijk.adaptive.items.ItemFactory.withDigits;

import java.util.random.RandomGenerator;
import nl.kansrijk.adaptive.items.AnswerKey.NumberAnswer;

/**
 * Whole-number arithmetic from groep 3 (sums to 10) to groep 8 (multi-digit column work). Starting
 * difficulties are priors on the logit scale of {@link Level}: a base for the kind of task plus
 * steps for operand size and each carry or borrow. They only need to order items roughly: the
 * engine calibrates every item from its answers (new items start with U = 1 and move fast).
 */
final class ArithmeticGenerators {

    /**
     * Table-fact difficulty by table 0–12: ×1, ×2, ×10 and ×5 are learned first, ×6–×9 last
     * (the order Dutch methods teach the tables in).
     */
    static final double[] TABLE_DIFFICULTY = {-3.0, -3.0, -2.6, -1.6, -1.5, -2.2, -0.9, -0.6, -0.6, -1.0, -2.6, 0.2, 0.4};

    private ArithmeticGenerators() {
    }

    static Item addition(RandomGenerator random) {
        Domain domain = Domain.ADDITION;
        int digitsA = 1 + weighted(random, 0.25, 0.3, 0.25, 0.2);
        int digitsB = 1 + random.nextInt(digitsA);
        long a = withDigits(random, digitsA);
        long b = withDigits(random, digitsB);
        if (digitsA >= 2 && random.nextInt(8) == 0) {
            // round numbers (30 + 40, 300 + 500) are a step of their own in groep 4–5
            long unit = (long) Math.pow(10, digitsA - 1);
            a = random.nextLong(1, 10) * unit;
            b = random.nextLong(1, 10) * unit;
            return item(domain, a + " + " + b, NumberAnswer.of(a + b), -3.0 + 0.9 * (digitsA - 1) + 0.4 * carries(a, b));
        }
        if (random.nextBoolean()) {
            long swap = a;
            a = b;
            b = swap;
        }
        return item(domain, a + " + " + b, NumberAnswer.of(a + b), additionDifficulty(a, b));
    }

    /** −3.6 for two digits below ten, +1.1 per digit of the longer operand, +0.5 per digit of the shorter, +0.7 per carry. */
    static double additionDifficulty(long a, long b) {
        int longer = Math.max(digits(a), digits(b));
        int shorter = Math.min(digits(a), digits(b));
        return -3.6 + 1.1 * (longer - 1) + 0.5 * (shorter - 1) + 0.7 * carries(a, b);
    }

    /** −3.3 for one-digit numbers, +1.1 per digit of a, +0.5 per digit of b, +0.8 per borrow, +0.4 when borrowing across a zero. */
    static double subtractionDifficulty(long a, long b) {
        int borrowCount = borrows(a, b);
        boolean borrowsAcrossZero = borrowCount > 0 && Long.toString(a).substring(1).contains("0");
        return -3.3 + 1.1 * (digits(a) - 1) + 0.5 * (digits(b) - 1) + 0.8 * borrowCount + (borrowsAcrossZero ? 0.4 : 0.0);
    }

    static Item subtraction(RandomGenerator random) {
        Domain domain = Domain.SUBTRACTION;
        if (random.nextInt(9) == 0) {
            // a negative result, first met in secondary school
            long a = random.nextLong(1, 30);
            long b = a + random.nextLong(1, 30);
            return item(domain, a + MINUS + b, NumberAnswer.of(a - b), 2.6 + 0.3 * (digits(b) - 1));
        }
        int digitsA = 1 + weighted(random, 0.2, 0.3, 0.3, 0.2);
        int digitsB = 1 + random.nextInt(digitsA);
        long a = withDigits(random, digitsA);
        long b = withDigits(random, digitsB);
        if (b > a) {
            long swap = a;
            a = b;
            b = swap;
        }
        if (digitsA == 1 && random.nextBoolean()) {
            // to 20 across ten: 13 − 8
            a += 10;
        }
        return item(domain, a + MINUS + b, NumberAnswer.of(a - b), subtractionDifficulty(a, b));
    }

    static Item multiplication(RandomGenerator random) {
        Domain domain = Domain.MULTIPLICATION;
        switch (weighted(random, 0.35, 0.1, 0.15, 0.25, 0.15)) {
            case 0 -> {
                int a = random.nextInt(1, 11);
                int b = random.nextInt(1, 11);
                return item(domain, a + TIMES + b, NumberAnswer.of((long) a * b), factDifficulty(a, b));
            }
            case 1 -> {
                int a = random.nextInt(2, 13);
                int b = random.nextInt(11, 13);
                return item(domain, a + TIMES + b, NumberAnswer.of((long) a * b), TABLE_DIFFICULTY[b] + 0.1 * a);
            }
            case 2 -> {
                // 30 × 4, 30 × 40, 600 × 7: a fact with zeros appended
                int a = random.nextInt(2, 10);
                int b = random.nextInt(2, 10);
                int zerosA = random.nextInt(1, 3);
                int zerosB = random.nextInt(0, 2);
                long left = a * (long) Math.pow(10, zerosA);
                long right = b * (long) Math.pow(10, zerosB);
                return item(domain, left + TIMES + right, NumberAnswer.of(left * right),
                        factDifficulty(a, b) + 1.0 + 0.5 * (zerosA + zerosB - 1));
            }
            case 3 -> {
                long a = random.nextLong(11, 100);
                long b = random.nextLong(2, 10);
                return item(domain, a + TIMES + b, NumberAnswer.of(a * b), 0.6 + 0.4 * carriesInProduct(a, b) + 0.2 * (b - 2) / 7.0);
            }
            default -> {
                long a = random.nextLong(11, 100);
                long b = random.nextBoolean() ? random.nextLong(11, 100) : random.nextLong(2, 10);
                if (b < 10) {
                    a = random.nextLong(101, 1000);
                }
                return item(domain, a + TIMES + b, NumberAnswer.of(a * b), 2.2 + 0.6 * (digits(a) + digits(b) - 4) + 0.15 * carriesInProduct(a, b));
            }
        }
    }

    static Item division(RandomGenerator random) {
        Domain domain = Domain.DIVISION;
        switch (weighted(random, 0.4, 0.15, 0.3, 0.15)) {
            case 0 -> {
                int quotient = random.nextInt(1, 11);
                int divisor = random.nextInt(1, 11);
                // division facts come a year after the matching multiplication facts
                return item(domain, quotient * divisor + DIVIDED_BY + divisor, NumberAnswer.of(quotient),
                        factDifficulty(quotient, divisor) + 0.6);
            }
            case 1 -> {
                int quotient = random.nextInt(2, 10);
                int divisor = random.nextInt(2, 10);
                long scaleDividend = (long) Math.pow(10, random.nextInt(1, 3));
                long scaleDivisor = random.nextBoolean() ? 10 : 1;
                long dividend = quotient * divisor * scaleDividend;
                long divisorShown = divisor * scaleDivisor;
                return item(domain, dividend + DIVIDED_BY + divisorShown, NumberAnswer.of(dividend / divisorShown),
                        factDifficulty(quotient, divisor) + 1.5 + (scaleDivisor > 1 ? 0.5 : 0.0));
            }
            case 2 -> {
                long quotient = random.nextLong(11, 500);
                long divisor = random.nextLong(2, 10);
                return item(domain, quotient * divisor + DIVIDED_BY + divisor, NumberAnswer.of(quotient),
                        1.2 + 0.5 * (digits(quotient) - 2) + (divisor > 5 ? 0.3 : 0.0));
            }
            default -> {
                long quotient = random.nextLong(2, 100);
                long divisor = random.nextLong(11, 50);
                return item(domain, quotient * divisor + DIVIDED_BY + divisor, NumberAnswer.of(quotient),
                        2.5 + 0.4 * (digits(quotient) - 1) + (divisor % 5 == 0 ? -0.4 : 0.0));
            }
        }
    }

    /** The harder of the two tables, a little easier for squares (which pupils remember as pairs). */
    static double factDifficulty(int a, int b) {
        double harder = Math.max(TABLE_DIFFICULTY[a], TABLE_DIFFICULTY[b]);
        return a == b ? harder - 0.3 : harder;
    }

    /** Carries when a multi-digit number is multiplied digit by digit by a one-digit number. */
    static int carriesInProduct(long a, long b) {
        int count = 0;
        long carry = 0;
        long digit = b % 10;
        while (a > 0) {
            long column = (a % 10) * digit + carry;
            carry = column / 10;
            if (carry > 0) {
                count++;
            }
            a /= 10;
        }
        return count;
    }
}
