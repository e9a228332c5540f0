package nl.kansrijk.planner.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** One slot of the week in which a tutoring session can take place. */
public class Timeslot {

    @PlanningId
    private String id;
    private DayOfWeek day;
    private LocalTime start;
    private LocalTime end;
    private TimeslotKind kind;

    public Timeslot() {
    }

    public Timeslot(String id, DayOfWeek day, LocalTime start, LocalTime end, TimeslotKind kind) {
        this.id = Objects.requireNonNull(id);
        this.day = Objects.requireNonNull(day);
        this.start = Objects.requireNonNull(start);
        this.end = Objects.requireNonNull(end);
        this.kind = Objects.requireNonNull(kind);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Timeslot " + id + " ends before it starts");
        }
    }

    public String getId() {
        return id;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public TimeslotKind getKind() {
        return kind;
    }

    public int durationMinutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    /** Minutes this slot and the other share; 0 on different days or when they only touch. */
    public int overlapMinutes(Timeslot other) {
        if (day != other.day) {
            return 0;
        }
        LocalTime overlapStart = start.isAfter(other.start) ? start : other.start;
        LocalTime overlapEnd = end.isBefore(other.end) ? end : other.end;
        return overlapEnd.isAfter(overlapStart) ? (int) Duration.between(overlapStart, overlapEnd).toMinutes() : 0;
    }

    @Override
    public String toString() {
        return id;
    }
}
