package nl.kansrijk.app.roster;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A validated set of roster rows ready to store in one transaction: what an import upload or the
 * demo generator produces. Lists are empty for files that were not part of the upload.
 */
public record RosterBatch(List<String> files,
                          List<Period> periods,
                          List<Group> groups,
                          List<Pupil> pupils,
                          List<GroupMember> groupMembers,
                          List<Lesson> lessons,
                          List<LessonPupil> lessonPupils,
                          List<Tutor> tutors,
                          List<Room> rooms) {

    public enum PeriodKind { REGULAR, EXTENDED_DAY }

    public enum GroupKind { CLASS, TEACHING_GROUP }

    /** A (day, period) of the bell schedule. */
    public record Slot(DayOfWeek day, int period) {
    }

    public record Period(DayOfWeek day, int period, LocalTime start, LocalTime end, PeriodKind kind) {
    }

    public record Group(String code, GroupKind kind, Integer year, String level) {
    }

    public record Pupil(String externalId, String firstName, String lastName, String classCode, int year, String level,
                        boolean hdtCandidate) {
    }

    public record GroupMember(String groupCode, String pupilId) {
    }

    /** A regular lesson; {@code groupCode} is null for lessons given to named pupils (see {@link LessonPupil}). */
    public record Lesson(String externalId, String subject, DayOfWeek day, int period, int durationPeriods,
                         String teacher, String room, String groupCode) {
    }

    public record LessonPupil(String lessonId, String pupilId) {
    }

    public record Tutor(String externalId, String name, List<String> subjects, int maxSessionsPerDay, Set<Slot> availability) {
    }

    public record Room(String externalId, String name, int capacity, String kind) {
    }

    public RosterBatch {
        files = List.copyOf(files);
        periods = List.copyOf(periods);
        groups = List.copyOf(groups);
        pupils = List.copyOf(pupils);
        groupMembers = List.copyOf(groupMembers);
        lessons = List.copyOf(lessons);
        lessonPupils = List.copyOf(lessonPupils);
        tutors = List.copyOf(tutors);
        rooms = List.copyOf(rooms);
    }
}
