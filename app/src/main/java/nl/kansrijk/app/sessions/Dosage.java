package nl.kansrijk.app.sessions;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Dosage arithmetic: what was planned against what was given and attended, per pupil and per
 * tutor, over a range of dates. Plain data in, plain data out, so the rules below can be tested
 * without a database.
 *
 * <ul>
 *   <li><b>Planned</b>: every session of the newest published week, once for every date in the
 *       range that falls on its weekday; its minutes are the length of its period.</li>
 *   <li><b>Given</b>: a session whose current record says it was held, for every pupil listed on
 *       it, with the minutes the tutor recorded.</li>
 *   <li><b>Attended</b>: a given session in which the pupil was PRESENT or LATE; a late pupil
 *       counts with the full recorded minutes (the tutor records what the session gave).</li>
 *   <li><b>Cancelled</b>: a recorded session that was not held; it stays planned, is not given,
 *       and its reason is counted as the reason its pupils missed it.</li>
 *   <li><b>Moved</b>: records are matched to planned sessions by pair, session index and week,
 *       not by date, so a session held on its old day before the coordinator moved it still
 *       counts for the week in which it was planned.</li>
 *   <li><b>Not recorded</b>: a planned session with no record of its pair and index in its week
 *       is counted as missed for reason {@value #NOT_RECORDED}.</li>
 *   <li><b>Percentage</b>: attended minutes ÷ planned minutes × 100 (dosage is time), one
 *       decimal; empty when nothing was planned. Below {@value #TARGET_PERCENT} % is flagged.</li>
 * </ul>
 */
public final class Dosage {

    public static final double TARGET_PERCENT = 80.0;
    public static final String NOT_RECORDED = "NOT_RECORDED";

    /** A weekly session of the newest published week. */
    public record PlannedSession(long pairId, int sessionIndex, Long tutorId, DayOfWeek day, int minutes, List<Long> pupilIds) {
    }

    /** The current version of one session's record on one date; {@code attendance} maps every listed pupil to a status (null when not held). */
    public record RecordedSession(long pairId, int sessionIndex, LocalDate date, Long tutorId, boolean held, String cancelReason,
                                  int minutes, Map<Long, String> attendance) {
    }

    public record Week(@JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate weekStart, int plannedSessions, int plannedMinutes, int attendedSessions, int attendedMinutes) {
    }

    public record PupilDosage(long pupilId, int plannedSessions, int plannedMinutes, int givenSessions, int givenMinutes,
                              int attendedSessions, int attendedMinutes, Double percentAttended, boolean belowTarget,
                              Map<String, Integer> missedReasons, List<Week> weeks) {
    }

    public record TutorDosage(long tutorId, int plannedSessions, int givenSessions, int givenMinutes, int cancelledSessions,
                              int notRecordedSessions, Map<String, Integer> cancelReasons) {
    }

    public record Result(List<PupilDosage> pupils, List<TutorDosage> tutors) {
    }

    private Dosage() {
    }

    public static Result compute(List<PlannedSession> week, List<RecordedSession> records, LocalDate from, LocalDate to) {
        Map<Long, PupilTally> pupils = new TreeMap<>();
        Map<Long, TutorTally> tutors = new TreeMap<>();
        Set<String> recordedInWeek = new HashSet<>();
        for (RecordedSession record : records) {
            recordedInWeek.add(key(record.pairId(), record.sessionIndex(), weekStart(record.date())));
            countRecord(record, pupils, tutors);
        }
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (PlannedSession session : week) {
                if (session.day() == date.getDayOfWeek()) {
                    boolean recorded = recordedInWeek.contains(key(session.pairId(), session.sessionIndex(), weekStart(date)));
                    countPlanned(session, date, recorded, pupils, tutors);
                }
            }
        }
        List<PupilDosage> pupilResults = pupils.entrySet().stream().map(e -> e.getValue().result(e.getKey())).toList();
        List<TutorDosage> tutorResults = tutors.entrySet().stream().map(e -> e.getValue().result(e.getKey())).toList();
        return new Result(pupilResults, tutorResults);
    }

    private static void countRecord(RecordedSession record, Map<Long, PupilTally> pupils, Map<Long, TutorTally> tutors) {
        LocalDate week = weekStart(record.date());
        for (Map.Entry<Long, String> listed : record.attendance().entrySet()) {
            PupilTally pupil = pupils.computeIfAbsent(listed.getKey(), id -> new PupilTally());
            if (!record.held()) {
                pupil.missed(record.cancelReason());
                continue;
            }
            pupil.givenSessions++;
            pupil.givenMinutes += record.minutes();
            String status = listed.getValue();
            if ("PRESENT".equals(status) || "LATE".equals(status)) {
                pupil.attendedSessions++;
                pupil.attendedMinutes += record.minutes();
                WeekTally tally = pupil.week(week);
                tally.attendedSessions++;
                tally.attendedMinutes += record.minutes();
            } else {
                pupil.missed(status);
            }
        }
        if (record.tutorId() != null) {
            TutorTally tutor = tutors.computeIfAbsent(record.tutorId(), id -> new TutorTally());
            if (record.held()) {
                tutor.givenSessions++;
                tutor.givenMinutes += record.minutes();
            } else {
                tutor.cancelledSessions++;
                tutor.cancelReasons.merge(record.cancelReason(), 1, Integer::sum);
            }
        }
    }

    private static void countPlanned(PlannedSession session, LocalDate date, boolean recorded, Map<Long, PupilTally> pupils,
                                     Map<Long, TutorTally> tutors) {
        for (long pupilId : session.pupilIds()) {
            PupilTally pupil = pupils.computeIfAbsent(pupilId, id -> new PupilTally());
            pupil.plannedSessions++;
            pupil.plannedMinutes += session.minutes();
            WeekTally week = pupil.week(weekStart(date));
            week.plannedSessions++;
            week.plannedMinutes += session.minutes();
            if (!recorded) {
                pupil.missed(NOT_RECORDED);
            }
        }
        if (session.tutorId() != null) {
            TutorTally tutor = tutors.computeIfAbsent(session.tutorId(), id -> new TutorTally());
            tutor.plannedSessions++;
            if (!recorded) {
                tutor.notRecordedSessions++;
            }
        }
    }

    static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String key(long pairId, int sessionIndex, LocalDate weekStart) {
        return pairId + "#" + sessionIndex + "#" + weekStart;
    }

    private static final class WeekTally {
        int plannedSessions;
        int plannedMinutes;
        int attendedSessions;
        int attendedMinutes;
    }

    private static final class PupilTally {
        int plannedSessions;
        int plannedMinutes;
        int givenSessions;
        int givenMinutes;
        int attendedSessions;
        int attendedMinutes;
        final Map<String, Integer> missedReasons = new TreeMap<>();
        final Map<LocalDate, WeekTally> weeks = new TreeMap<>();

        void missed(String reason) {
            missedReasons.merge(reason, 1, Integer::sum);
        }

        WeekTally week(LocalDate weekStart) {
            return weeks.computeIfAbsent(weekStart, w -> new WeekTally());
        }

        PupilDosage result(long pupilId) {
            Double percent = plannedMinutes == 0 ? null : Math.round(1000.0 * attendedMinutes / plannedMinutes) / 10.0;
            boolean below = percent != null && percent < TARGET_PERCENT;
            List<Week> weekResults = new ArrayList<>();
            weeks.forEach((start, w) -> weekResults.add(new Week(start, w.plannedSessions, w.plannedMinutes,
                    w.attendedSessions, w.attendedMinutes)));
            weekResults.sort(Comparator.comparing(Week::weekStart));
            return new PupilDosage(pupilId, plannedSessions, plannedMinutes, givenSessions, givenMinutes, attendedSessions,
                    attendedMinutes, percent, below, missedReasons, weekResults);
        }
    }

    private static final class TutorTally {
        int plannedSessions;
        int givenSessions;
        int givenMinutes;
        int cancelledSessions;
        int notRecordedSessions;
        final Map<String, Integer> cancelReasons = new TreeMap<>();

        TutorDosage result(long tutorId) {
            return new TutorDosage(tutorId, plannedSessions, givenSessions, givenMinutes, cancelledSessions,
                    notRecordedSessions, cancelReasons);
        }
    }
}
