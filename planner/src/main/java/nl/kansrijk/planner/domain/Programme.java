package nl.kansrijk.planner.domain;

/** The tutoring programme of a pair; each programme has its own window in the week. */
public enum Programme {
    /** High Dosage Tutoring: one lesson hour a day during school time (Van de Werfhorst &amp; Van Hest 2019). */
    IN_SCHOOL(TimeslotKind.REGULAR_PERIOD),
    /** Extended school day (verlengde schooldag): after the pupil's last regular lesson. */
    EXTENDED_DAY(TimeslotKind.EXTENDED_DAY);

    private final TimeslotKind requiredTimeslotKind;

    Programme(TimeslotKind requiredTimeslotKind) {
        this.requiredTimeslotKind = requiredTimeslotKind;
    }

    public TimeslotKind requiredTimeslotKind() {
        return requiredTimeslotKind;
    }
}
