package nl.kansrijk.planner.baseline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.PullOutRules;
import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;

/**
 * What is already taken in a week: tutors, rooms and pupils per slot, pupils per day and programme, tutors per day,
 * subjects missed per pupil. Answers whether a pair's session fits somewhere without breaking a hard rule.
 */
public final class WeekOccupancy {

    private enum Kind {
        TUTOR_IN_SLOT, ROOM_IN_SLOT, PUPIL_IN_SLOT, PUPIL_ON_DAY, SESSIONS_OF_TUTOR_ON_DAY, TIMES_PUPIL_MISSED
    }

    /** A key of domain objects (compared by identity or value), cheaper than building strings. */
    private record Key(Kind kind, Object first, Object second, Object third) {
    }

    private final PullOutRules rules;
    private final Set<Key> taken = new HashSet<>();
    private final Map<Key, Integer> counts = new HashMap<>();

    public WeekOccupancy(PullOutRules rules) {
        this.rules = rules;
    }

    /** Everything placed (timeslot and room set) in the schedule that the filter accepts. */
    public static WeekOccupancy of(TutoringSchedule schedule, Predicate<TutoringSession> include) {
        WeekOccupancy occupancy = new WeekOccupancy(schedule.getPullOutRules());
        for (TutoringSession session : schedule.getSessions()) {
            if (session.getTimeslot() != null && session.getRoom() != null && include.test(session)) {
                occupancy.book(session, session.getPair().getTutor(), session.getTimeslot(), session.getRoom());
            }
        }
        return occupancy;
    }

    public WeekOccupancy copy() {
        WeekOccupancy copy = new WeekOccupancy(rules);
        copy.taken.addAll(taken);
        copy.counts.putAll(counts);
        return copy;
    }

    /** Whether a session of the pair with this tutor breaks no hard rule in this slot, given what is taken. */
    public boolean fits(TutoringPair pair, Tutor tutor, Timeslot timeslot) {
        if (timeslot.getKind() != pair.getProgramme().requiredTimeslotKind() || !tutor.isAvailable(timeslot)
                || taken.contains(new Key(Kind.TUTOR_IN_SLOT, tutor, timeslot, null))
                || counts.getOrDefault(new Key(Kind.SESSIONS_OF_TUTOR_ON_DAY, tutor, timeslot.getDay(), null), 0)
                        >= tutor.getMaxSessionsPerDay()) {
            return false;
        }
        for (Pupil pupil : pair.getPupils()) {
            if (taken.contains(new Key(Kind.PUPIL_IN_SLOT, pupil, timeslot, null))
                    || taken.contains(new Key(Kind.PUPIL_ON_DAY, pupil, timeslot.getDay(), pair.getProgramme()))) {
                return false;
            }
            String subject = pupil.regularSubjectAt(timeslot);
            if (subject != null && (!rules.allowsMissing(subject) || counts.getOrDefault(
                    new Key(Kind.TIMES_PUPIL_MISSED, pupil, subject, null), 0) >= rules.maxMissedPerSubjectPerWeek())) {
                return false;
            }
        }
        return true;
    }

    /** Available slots of the tutor not yet booked. */
    public int spareSlots(Tutor tutor, TutoringSchedule schedule) {
        int spare = 0;
        for (Timeslot timeslot : schedule.getTimeslots()) {
            if (tutor.isAvailable(timeslot) && !taken.contains(new Key(Kind.TUTOR_IN_SLOT, tutor, timeslot, null))) {
                spare++;
            }
        }
        return spare;
    }

    /** The first room (in list order) that seats the pair and is free in the slot, or null. */
    public Room firstFreeRoom(List<Room> rooms, TutoringPair pair, Timeslot timeslot) {
        for (Room room : rooms) {
            if (room.getCapacity() >= pair.size() && !taken.contains(new Key(Kind.ROOM_IN_SLOT, room, timeslot, null))) {
                return room;
            }
        }
        return null;
    }

    /** Marks only the room taken in the slot, for sessions whose tutor and pupils do not matter to the question. */
    public void bookRoom(Room room, Timeslot timeslot) {
        taken.add(new Key(Kind.ROOM_IN_SLOT, room, timeslot, null));
    }

    /** Marks the tutor, room and pupils taken in the slot (and the day, and any missed subject). */
    public void book(TutoringSession session, Tutor tutor, Timeslot timeslot, Room room) {
        if (tutor != null) {
            taken.add(new Key(Kind.TUTOR_IN_SLOT, tutor, timeslot, null));
            counts.merge(new Key(Kind.SESSIONS_OF_TUTOR_ON_DAY, tutor, timeslot.getDay(), null), 1, Integer::sum);
        }
        if (room != null) {
            taken.add(new Key(Kind.ROOM_IN_SLOT, room, timeslot, null));
        }
        for (Pupil pupil : session.getPupils()) {
            taken.add(new Key(Kind.PUPIL_IN_SLOT, pupil, timeslot, null));
            taken.add(new Key(Kind.PUPIL_ON_DAY, pupil, timeslot.getDay(), session.getPair().getProgramme()));
            String subject = pupil.regularSubjectAt(timeslot);
            if (subject != null) {
                counts.merge(new Key(Kind.TIMES_PUPIL_MISSED, pupil, subject, null), 1, Integer::sum);
            }
        }
    }
}
