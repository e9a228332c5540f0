package nl.kansrijk.planner.domain;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A tutor: the subjects they teach, the timeslots they can work and how many sessions a day they give.
 * Absent days (illness) are kept apart from the contracted availability so that re-planning can add them.
 */
public class Tutor {

    @PlanningId
    private String id;
    private String name;
    private Set<String> subjects;
    private Set<String> availableTimeslotIds;
    private int maxSessionsPerDay;
    private Set<DayOfWeek> absentDays = EnumSet.noneOf(DayOfWeek.class);

    public Tutor() {
    }

    public Tutor(String id, String name, Set<String> subjects, Set<String> availableTimeslotIds, int maxSessionsPerDay) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.subjects = Set.copyOf(subjects);
        this.availableTimeslotIds = Set.copyOf(availableTimeslotIds);
        if (maxSessionsPerDay < 1) {
            throw new IllegalArgumentException("Tutor " + id + " needs a daily maximum of at least 1");
        }
        this.maxSessionsPerDay = maxSessionsPerDay;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<String> getSubjects() {
        return subjects;
    }

    public Set<String> getAvailableTimeslotIds() {
        return availableTimeslotIds;
    }

    public int getMaxSessionsPerDay() {
        return maxSessionsPerDay;
    }

    public Set<DayOfWeek> getAbsentDays() {
        return Set.copyOf(absentDays);
    }

    public boolean teaches(String subject) {
        return subjects.contains(subject);
    }

    public boolean isAvailable(Timeslot timeslot) {
        return availableTimeslotIds.contains(timeslot.getId()) && !absentDays.contains(timeslot.getDay());
    }

    /** Marks the tutor absent (ill, on leave) for a whole day of the planned week. */
    public void markAbsent(DayOfWeek day) {
        absentDays.add(day);
    }

    @Override
    public String toString() {
        return id;
    }
}
