package nl.kansrijk.app.schedule;

import nl.kansrijk.app.roster.RosterStore;
import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.TimeslotKind;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.jdbi.v3.core.Handle;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps a school's stored week to the planner's model and back. Database rows and planning
 * entities are different classes; planner ids carry the database id behind a prefix
 * ({@code t12} tutor 12, {@code r3} room 3, {@code p40} pupil 40, {@code pair7}, {@code s99}).
 */
final class PlanningProblem {

    private PlanningProblem() {
    }

    static String timeslotId(DayOfWeek day, int period) {
        return day + "-" + period;
    }

    static long dbId(String plannerId) {
        return Long.parseLong(plannerId.replaceFirst("^[a-z]+", ""));
    }

    /** The bell schedule as planner timeslots, and the given pupils with their regular-lesson periods. */
    record PupilFacts(Map<String, Timeslot> timeslots, Map<Long, Pupil> pupils) {
    }

    static PupilFacts pupilFacts(Handle handle, long school, Set<Long> pupilIds) {
        RosterStore roster = handle.attach(RosterStore.class);
        Map<String, Timeslot> timeslots = new LinkedHashMap<>();
        for (RosterStore.PeriodView period : roster.periods(school)) {
            String id = timeslotId(period.day(), period.period());
            timeslots.put(id, new Timeslot(id, period.day(), period.start(), period.end(),
                    period.kind().equals("EXTENDED_DAY") ? TimeslotKind.EXTENDED_DAY : TimeslotKind.REGULAR_PERIOD));
        }
        Map<Long, Map<String, String>> busy = new HashMap<>();
        for (RosterStore.BusyRow row : roster.busyPeriods(school)) {
            if (pupilIds.contains(row.pupilId())) {
                busy.computeIfAbsent(row.pupilId(), id -> new HashMap<>()).put(timeslotId(row.day(), row.period()), row.subject());
            }
        }
        Map<Long, Integer> testScores = new HashMap<>();
        handle.attach(ScheduleStore.class).enrolments(school).forEach(e -> {
            if (e.testScore() != null) {
                testScores.put(e.pupilId(), e.testScore());
            }
        });
        Map<Long, Pupil> pupils = new LinkedHashMap<>();
        for (long pupilId : new java.util.TreeSet<>(pupilIds)) {
            roster.pupil(school, pupilId).ifPresent(row -> pupils.put(pupilId, new Pupil("p" + pupilId, row.year(),
                    row.level(), testScores.get(pupilId), busy.getOrDefault(pupilId, Map.of()), timeslots.values())));
        }
        return new PupilFacts(timeslots, pupils);
    }

    /** Builds the planner's view of the school's current working week. */
    static TutoringSchedule load(Handle handle, long school, String schoolName, PlanningSettings settings) {
        RosterStore roster = handle.attach(RosterStore.class);
        ScheduleStore store = handle.attach(ScheduleStore.class);

        List<ScheduleStore.MemberRow> members = store.members(school);
        PupilFacts facts = pupilFacts(handle, school,
                members.stream().map(ScheduleStore.MemberRow::pupilId).collect(Collectors.toSet()));
        Map<String, Timeslot> timeslots = facts.timeslots();
        Map<Long, Pupil> pupils = facts.pupils();

        Map<Long, Room> rooms = new LinkedHashMap<>();
        roster.rooms(school).forEach(room -> rooms.put(room.id(), new Room("r" + room.id(), room.name(), room.capacity())));

        Map<Long, Set<String>> availability = new HashMap<>();
        roster.tutorAvailability(school).forEach(slot -> availability.computeIfAbsent(slot.ownerId(), id -> new HashSet<>())
                .add(timeslotId(slot.day(), slot.period())));
        Map<Long, Tutor> tutors = new LinkedHashMap<>();
        for (RosterStore.TutorRow tutor : roster.tutors(school)) {
            tutors.put(tutor.id(), new Tutor("t" + tutor.id(), tutor.name(), PlanningSettings.words(tutor.subjects()),
                    availability.getOrDefault(tutor.id(), Set.of()), tutor.maxSessionsPerDay()));
        }
        store.absences(school).forEach(absence -> {
            Tutor tutor = tutors.get(absence.tutorId());
            if (tutor != null) {
                tutor.markAbsent(absence.day());
            }
        });

        Map<Long, List<Pupil>> pupilsOfPair = new LinkedHashMap<>();
        members.forEach(m -> pupilsOfPair.computeIfAbsent(m.pairId(), id -> new ArrayList<>()).add(pupils.get(m.pupilId())));
        Map<Long, TutoringPair> pairs = new LinkedHashMap<>();
        for (ScheduleStore.PairRow row : store.pairs(school)) {
            List<Pupil> pairPupils = pupilsOfPair.getOrDefault(row.id(), List.of());
            if (pairPupils.isEmpty()) {
                continue;
            }
            TutoringPair pair = new TutoringPair("pair" + row.id(), pairPupils, Programme.valueOf(row.programme()),
                    row.subject(), row.sessionsPerWeek(), row.tutorId() == null ? null : tutors.get(row.tutorId()));
            pair.setPinned(row.tutorPinned() && row.tutorId() != null);
            pairs.put(row.id(), pair);
        }

        Map<String, ScheduleStore.PublishedRow> published = new HashMap<>();
        store.versions(school).stream().findFirst().ifPresent(version -> store.publishedSessions(school, version.id())
                .forEach(row -> published.put(row.pairId() + "#" + row.sessionIndex(), row)));
        List<TutoringSession> sessions = new ArrayList<>();
        for (ScheduleStore.SessionRow row : store.sessions(school)) {
            TutoringPair pair = pairs.get(row.pairId());
            if (pair == null) {
                continue;
            }
            Timeslot timeslot = row.day() == null ? null : timeslots.get(timeslotId(row.day(), row.period()));
            Room room = row.roomId() == null ? null : rooms.get(row.roomId());
            TutoringSession session = new TutoringSession("s" + row.id(), pair, row.sessionIndex(), timeslot, room);
            session.setPinned(row.pinned() && timeslot != null && room != null);
            ScheduleStore.PublishedRow before = published.get(row.pairId() + "#" + row.sessionIndex());
            if (before != null && before.day() != null) {
                session.setPublishedTimeslot(timeslots.get(timeslotId(before.day(), before.period())));
                session.setPublishedRoom(before.roomId() == null ? null : rooms.get(before.roomId()));
            }
            sessions.add(session);
        }
        return new TutoringSchedule(schoolName, List.copyOf(timeslots.values()), List.copyOf(rooms.values()),
                List.copyOf(tutors.values()), List.copyOf(pupils.values()), settings.pullOutRules(),
                settings.constraintWeights(), List.copyOf(pairs.values()), sessions);
    }

    /** Stores the solver's placements and tutors; pins and pair membership stay as the coordinator set them. */
    static void writeBack(Handle handle, long school, TutoringSchedule solved) {
        ScheduleStore store = handle.attach(ScheduleStore.class);
        Set<Long> tutorPinned = store.pairs(school).stream().filter(ScheduleStore.PairRow::tutorPinned)
                .map(ScheduleStore.PairRow::id).collect(Collectors.toSet());
        for (TutoringPair pair : solved.getPairs()) {
            long pairId = dbId(pair.getId());
            store.setPairTutor(school, pairId, pair.getTutor() == null ? null : dbId(pair.getTutor().getId()),
                    tutorPinned.contains(pairId));
        }
        for (TutoringSession session : solved.getSessions()) {
            boolean placed = session.getTimeslot() != null && session.getRoom() != null;
            store.placeSession(school, dbId(session.getId()), placed ? session.getTimeslot().getDay() : null,
                    placed ? periodOf(session.getTimeslot()) : null, placed ? dbId(session.getRoom().getId()) : null);
        }
    }

    static int periodOf(Timeslot timeslot) {
        return Integer.parseInt(timeslot.getId().substring(timeslot.getId().indexOf('-') + 1));
    }
}
