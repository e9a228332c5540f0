package nl.kansrijk.planner.domain;

/** Whether a timeslot is a period of the regular school day or an hour after the last lesson. */
public enum TimeslotKind {
    REGULAR_PERIOD,
    EXTENDED_DAY
}
