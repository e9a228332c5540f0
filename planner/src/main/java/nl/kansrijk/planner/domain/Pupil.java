package nl.kansrijk.planner.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A pupil with the regular lessons that make them busy. */
public class Pupil {

    @PlanningId
    private String id;
    private int year;
    private String level;
    private Integer abilityRating;
    private Map<String, String> regularSubjectByTimeslotId;
    private Map<DayOfWeek, LocalTime> lastLessonEndByDay;

    public Pupil() {
    }

    /**
     * @param abilityRating practice rating (or an imported test score on the same scale); null when unknown
     * @param regularSubjectByTimeslotId for each timeslot with a regular lesson, the lesson's subject code
     * @param timeslots all timeslots of the week, used to know when each day's last lesson ends
     */
    public Pupil(String id, int year, String level, Integer abilityRating,
            Map<String, String> regularSubjectByTimeslotId, Collection<Timeslot> timeslots) {
        this.id = Objects.requireNonNull(id);
        this.year = year;
        this.level = Objects.requireNonNull(level);
        this.abilityRating = abilityRating;
        this.regularSubjectByTimeslotId = Map.copyOf(regularSubjectByTimeslotId);
        Map<DayOfWeek, LocalTime> lastEnds = new EnumMap<>(DayOfWeek.class);
        for (Timeslot timeslot : timeslots) {
            if (this.regularSubjectByTimeslotId.containsKey(timeslot.getId())) {
                lastEnds.merge(timeslot.getDay(), timeslot.getEnd(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        this.lastLessonEndByDay = lastEnds;
    }

    public String getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getLevel() {
        return level;
    }

    public Integer getAbilityRating() {
        return abilityRating;
    }

    public Map<String, String> getRegularSubjectByTimeslotId() {
        return regularSubjectByTimeslotId;
    }

    public int busyPeriodCount() {
        return regularSubjectByTimeslotId.size();
    }

    public boolean hasRegularLessonAt(Timeslot timeslot) {
        return regularSubjectByTimeslotId.containsKey(timeslot.getId());
    }

    /** The subject of the regular lesson in that timeslot, or null when the pupil is free. */
    public String regularSubjectAt(Timeslot timeslot) {
        return regularSubjectByTimeslotId.get(timeslot.getId());
    }

    public Optional<LocalTime> lastLessonEnd(DayOfWeek day) {
        return Optional.ofNullable(lastLessonEndByDay.get(day));
    }

    @Override
    public String toString() {
        return id;
    }
}
