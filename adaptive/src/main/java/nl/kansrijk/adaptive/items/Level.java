package nl.kansrijk.adaptive.items;

import java.util.Arrays;
import java.util.Optional;

/**
 * School years from groep 3 to the second year of secondary school, with the rating typical for
 * the year: the anchor of Kansrijk's item scale (0 ≈ groep 6). Items up to VO_2 cover the content
 * of reference levels 1F and 1S. A new pupil may start at the typical rating of their year.
 */
public enum Level {
    GROEP_3("groep3", -3.0),
    GROEP_4("groep4", -2.0),
    GROEP_5("groep5", -1.0),
    GROEP_6("groep6", 0.0),
    GROEP_7("groep7", 1.0),
    GROEP_8("groep8", 2.0),
    VO_1("vo1", 2.75),
    VO_2("vo2", 3.5);

    private final String code;
    private final double typicalRating;

    Level(String code, double typicalRating) {
        this.code = code;
        this.typicalRating = typicalRating;
    }

    public String code() {
        return code;
    }

    public double typicalRating() {
        return typicalRating;
    }

    public static Optional<Level> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
    }

    /** The year whose typical rating is nearest to the given difficulty. */
    public static Level nearestTo(double difficulty) {
        Level nearest = GROEP_3;
        for (Level level : values()) {
            if (Math.abs(level.typicalRating - difficulty) < Math.abs(nearest.typicalRating - difficulty)) {
                nearest = level;
            }
        }
        return nearest;
    }
}
