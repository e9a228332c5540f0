package nl.kansrijk.planner.solver;

/** Why a session could not be planned, from the first cause that applies (checked in this order). */
public enum UnplannedReason {
    /** No tutor teaches the pair's subject. */
    NO_TUTOR_FOR_SUBJECT,
    /** No timeslot of the programme's kind in which every pupil of the pair is free or may be pulled out. */
    NO_COMMON_FREE_SLOT,
    /** The pair's tutor (or, without one, every tutor of the subject) works in none of those slots. */
    NO_TUTOR_AVAILABLE,
    /** No room seats the pair. */
    NO_ROOM_BIG_ENOUGH,
    /** Every day with a usable slot already has a session of this programme for one of the pair's pupils. */
    DAYS_ALREADY_USED,
    /** In every usable slot on a still-free day the suitable rooms are all taken by other sessions. */
    ROOMS_FULL,
    /** Usable slots with a free room exist on a free day, but the tutor is busy then or has reached the day's maximum. */
    TAKEN_BY_OTHER_SESSIONS
}
