package nl.kansrijk.adaptive.items;

/** An exact rational number in lowest terms with a positive denominator. */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

    public Fraction {
        if (denominator == 0) {
            throw new IllegalArgumentException("denominator cannot be zero");
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long divisor = gcd(Math.abs(numerator), denominator);
        if (divisor > 1) {
            numerator /= divisor;
            denominator /= divisor;
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    public static Fraction whole(long value) {
        return new Fraction(value, 1);
    }

    public Fraction plus(Fraction other) {
        return new Fraction(
                Math.addExact(Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(other.numerator, denominator)),
                Math.multiplyExact(denominator, other.denominator));
    }

    public Fraction minus(Fraction other) {
        return plus(new Fraction(-other.numerator, other.denominator));
    }

    public Fraction times(Fraction other) {
        return new Fraction(Math.multiplyExact(numerator, other.numerator), Math.multiplyExact(denominator, other.denominator));
    }

    public Fraction dividedBy(Fraction other) {
        return new Fraction(Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(denominator, other.numerator));
    }

    public boolean isWhole() {
        return denominator == 1;
    }

    /** "7/8", "-3/2", or "2" when whole. */
    @Override
    public String toString() {
        return isWhole() ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    /** "a/b" as written, without reducing; for prompts such as "6/8". */
    public static String written(long numerator, long denominator) {
        return numerator + "/" + denominator;
    }

    /** "1 3/4" for 7/4, "3/4" for proper fractions, "2" for whole numbers; for prompts with mixed numbers. */
    public String toMixedString() {
        if (isWhole() || Math.abs(numerator) < denominator) {
            return toString();
        }
        long whole = numerator / denominator;
        long rest = Math.abs(numerator % denominator);
        return whole + " " + rest + "/" + denominator;
    }

    @Override
    public int compareTo(Fraction other) {
        return Long.compare(Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(other.numerator, denominator));
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }
}
