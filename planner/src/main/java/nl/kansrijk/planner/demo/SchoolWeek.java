package nl.kansrijk.planner.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.TimeslotKind;

/**
 * A Dutch secondary-school week: 50-minute periods on a typical bell schedule (the one assumed for the Kottenpark
 * 2005 timetable, benchmarks/data/kottenpark2005/README.md) and extended-day hours after period 8.
 */
public final class SchoolWeek {

    public static final List<DayOfWeek> SCHOOL_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** Start of periods 1–8: short break after period 2, lunch after period 4, break after period 6. */
    static final LocalTime[] PERIOD_STARTS = {LocalTime.of(8, 30), LocalTime.of(9, 20), LocalTime.of(10, 30),
            LocalTime.of(11, 20), LocalTime.of(12, 40), LocalTime.of(13, 30), LocalTime.of(14, 30),
            LocalTime.of(15, 20)};

    static final int PERIOD_MINUTES = 50;

    /** Extended-day hours start five minutes after period 8 ends (16:10). */
    static final LocalTime[] EXTENDED_DAY_STARTS = {LocalTime.of(16, 15), LocalTime.of(17, 5)};

    private SchoolWeek() {
    }

    public static String regularId(DayOfWeek day, int period) {
        return day + "-" + period;
    }

    public static String extendedId(DayOfWeek day, int hour) {
        return day + "-X" + hour;
    }

    public static Timeslot regularPeriod(DayOfWeek day, int period) {
        LocalTime start = PERIOD_STARTS[period - 1];
        return new Timeslot(regularId(day, period), day, start, start.plusMinutes(PERIOD_MINUTES),
                TimeslotKind.REGULAR_PERIOD);
    }

    /** Periods 1–8 on each school day (40 periods). */
    public static List<Timeslot> regularPeriods() {
        List<Timeslot> timeslots = new ArrayList<>();
        for (DayOfWeek day : SCHOOL_DAYS) {
            for (int period = 1; period <= PERIOD_STARTS.length; period++) {
                timeslots.add(regularPeriod(day, period));
            }
        }
        return timeslots;
    }

    /** Two extended-day hours after period 8 on each school day. */
    public static List<Timeslot> extendedDaySlots() {
        List<Timeslot> timeslots = new ArrayList<>();
        for (DayOfWeek day : SCHOOL_DAYS) {
            for (int hour = 1; hour <= EXTENDED_DAY_STARTS.length; hour++) {
                LocalTime start = EXTENDED_DAY_STARTS[hour - 1];
                timeslots.add(new Timeslot(extendedId(day, hour), day, start, start.plusMinutes(PERIOD_MINUTES),
                        TimeslotKind.EXTENDED_DAY));
            }
        }
        return timeslots;
    }
}
