package nl.kansrijk.adaptive.items;

import java.util.Arrays;
import java.util.Optional;

/** The practice domains; a pupil has one rating per domain. {@code code} is the stable key in files and URLs. */
public enum Domain {
    ADDITION("addition"),
    SUBTRACTION("subtraction"),
    MULTIPLICATION("multiplication"),
    DIVISION("division"),
    FRACTIONS("fractions"),
    DECIMALS_AND_PERCENTAGES("decimals-percentages"),
    NUMBER_SENSE("number-sense");

    private final String code;

    Domain(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Domain> fromCode(String code) {
        return Arrays.stream(values()).filter(domain -> domain.code.equals(code)).findFirst();
    }
}
