package nl.kansrijk.planner.demo;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.kansrijk.planner.domain.ConstraintWeights;
import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.PullOutRules;
import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.TimeslotKind;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.pairing.Enrolment;
import nl.kansrijk.planner.pairing.PairFormer;
import nl.kansrijk.planner.pairing.PairingRequest;

/**
 * Seeded generators of realistic schools: the same size and seed always give the same instance.
 * Each class has its own regular timetable (31–34 lessons in 40 periods, so 6–9 free periods, mostly at the
 * start or end of a day); HDT pupils come from those classes, five per class, and are paired by {@link PairFormer}.
 */
public final class DemoInstances {

    /**
     * Instance sizes. DEMO is the school-size week of DESIGN §7.
     *
     * @param extendedDayShare share of HDT pupils who also attend two extended-day sessions a week
     */
    public enum Size {
        SMALL(40, 8, 4, 0.2),
        DEMO(120, 25, 8, 0.2),
        LARGE(400, 80, 26, 0.2);

        final int hdtPupils;
        final int tutors;
        final int rooms;
        final double extendedDayShare;

        Size(int hdtPupils, int tutors, int rooms, double extendedDayShare) {
            this.hdtPupils = hdtPupils;
            this.tutors = tutors;
            this.rooms = rooms;
            this.extendedDayShare = extendedDayShare;
        }
    }

    /** Weekly lessons of a lower-secondary class, by archive-style subject code (31 hours). */
    static final String[][] WEEKLY_LESSONS = {{"ne", "4"}, {"wi", "4"}, {"en", "3"}, {"fa", "2"}, {"du", "2"},
            {"gs", "2"}, {"ak", "2"}, {"bi", "2"}, {"nask", "2"}, {"lo", "3"}, {"mu", "1"}, {"bv", "1"}, {"te", "2"},
            {"mentor", "1"}};
    /** Optional extra lessons that some classes have (0–3 of them). */
    static final String[] EXTRA_LESSONS = {"ckv", "lv", "dr"};
    static final String[] LEVELS = {"vmbo-b", "vmbo-k", "vmbo-t", "havo", "vwo"};
    static final String[] ROOM_NAMES = {"Mediatheek", "Studieplein", "Spreekkamer", "Lokaal"};
    static final int[] ROOM_CAPACITIES = {2, 3, 2, 4};
    static final String[] TUTOR_FIRST_NAMES = {"Sanne", "Daan", "Fatima", "Mehmet", "Lotte", "Jesse", "Noor",
            "Bram", "Yasmina", "Thijs", "Eva", "Ruben", "Iris", "Milan"};
    /** HDT subject mix: maths for four in five pupils (Haarlem, Amsterdam HDT), Dutch for the rest. */
    static final String MATHS = "wi";
    static final String DUTCH = "ne";
    static final int HDT_PUPILS_PER_CLASS = 5;
    static final int HDT_SESSIONS_PER_WEEK = 5;
    static final int EXTENDED_DAY_SESSIONS_PER_WEEK = 2;

    /**
     * How a tutor's week looks. HDT tutors see their pairs every day (Haarlem: one lesson hour each school day), so
     * most patterns cover all five days; part-timers work mornings, afternoons and evenings, or four days.
     */
    enum AvailabilityPattern {
        FULL_WEEK, MORNINGS, AFTERNOONS_AND_EVENINGS, FOUR_DAYS_AND_EVENINGS
    }

    private DemoInstances() {
    }

    public static TutoringSchedule generate(Size size, long seed) {
        Random random = new Random(seed);
        List<Timeslot> timeslots = new ArrayList<>(SchoolWeek.regularPeriods());
        timeslots.addAll(SchoolWeek.extendedDaySlots());

        List<Pupil> pupils = new ArrayList<>();
        List<Enrolment> enrolments = new ArrayList<>();
        int classCount = (size.hdtPupils + HDT_PUPILS_PER_CLASS - 1) / HDT_PUPILS_PER_CLASS;
        for (int classIndex = 0; classIndex < classCount; classIndex++) {
            int year = 1 + classIndex % 3;
            String level = LEVELS[(classIndex / 3) % LEVELS.length];
            String className = year + level.toUpperCase().replace("-", "") + (char) ('A' + classIndex / 15);
            Map<String, String> timetable = classTimetable(random);
            int pupilsHere = Math.min(HDT_PUPILS_PER_CLASS, size.hdtPupils - pupils.size());
            for (int n = 1; n <= pupilsHere; n++) {
                // Weak pupils: practice ratings around 850 on a 1000-centred scale; one in five has none yet.
                Integer rating = random.nextDouble() < 0.8 ? (int) Math.round(850 + 120 * random.nextGaussian()) : null;
                Integer testScore = rating == null && random.nextBoolean()
                        ? (int) Math.round(200 + 15 * random.nextGaussian()) : null;
                Pupil pupil = new Pupil(className + "-" + String.format("%02d", n), year, level, rating, timetable,
                        timeslots);
                pupils.add(pupil);
                String subject = random.nextDouble() < 0.8 ? MATHS : DUTCH;
                enrolments.add(new Enrolment(pupil, Programme.IN_SCHOOL, subject, HDT_SESSIONS_PER_WEEK, testScore));
                if (random.nextDouble() < size.extendedDayShare) {
                    enrolments.add(new Enrolment(pupil, Programme.EXTENDED_DAY, MATHS,
                            EXTENDED_DAY_SESSIONS_PER_WEEK, testScore));
                }
            }
        }
        PullOutRules rules = PullOutRules.defaults();
        List<TutoringPair> pairs = new PairFormer().formPairs(PairingRequest.of(enrolments, timeslots, rules));
        return TutoringSchedule.withSessionsFor(size.name().toLowerCase() + "-" + seed, timeslots,
                rooms(size.rooms), tutors(size.tutors, timeslots, random), pupils, rules, new ConstraintWeights(),
                pairs);
    }

    /** A class's regular lessons by timeslot id; free periods sit at the start or end of a day. */
    static Map<String, String> classTimetable(Random random) {
        List<String> lessons = new ArrayList<>();
        for (String[] subjectHours : WEEKLY_LESSONS) {
            for (int hour = 0; hour < Integer.parseInt(subjectHours[1]); hour++) {
                lessons.add(subjectHours[0]);
            }
        }
        int extras = random.nextInt(EXTRA_LESSONS.length + 1);
        for (int extra = 0; extra < extras; extra++) {
            lessons.add(EXTRA_LESSONS[extra]);
        }
        int periodsPerDay = SchoolWeek.PERIOD_STARTS.length;
        int freePeriods = SchoolWeek.SCHOOL_DAYS.size() * periodsPerDay - lessons.size();
        // Free periods per day, then a late start or an early finish.
        int[] firstPeriod = new int[SchoolWeek.SCHOOL_DAYS.size()];
        int[] lastPeriod = new int[SchoolWeek.SCHOOL_DAYS.size()];
        Arrays.fill(firstPeriod, 1);
        Arrays.fill(lastPeriod, periodsPerDay);
        for (int free = 0; free < freePeriods; free++) {
            int day = random.nextInt(firstPeriod.length);
            while (lastPeriod[day] - firstPeriod[day] < 4) {
                day = (day + 1) % firstPeriod.length;
            }
            if (random.nextInt(3) == 0) {
                firstPeriod[day]++;
            } else {
                lastPeriod[day]--;
            }
        }
        List<String> lessonSlots = new ArrayList<>();
        for (int day = 0; day < firstPeriod.length; day++) {
            for (int period = firstPeriod[day]; period <= lastPeriod[day]; period++) {
                lessonSlots.add(SchoolWeek.regularId(SchoolWeek.SCHOOL_DAYS.get(day), period));
            }
        }
        Collections.shuffle(lessons, random);
        Map<String, String> timetable = new HashMap<>();
        for (int i = 0; i < lessonSlots.size(); i++) {
            timetable.put(lessonSlots.get(i), lessons.get(i));
        }
        return timetable;
    }

    static List<Room> rooms(int count) {
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = ROOM_NAMES[i % ROOM_NAMES.length] + " " + (i / ROOM_NAMES.length + 1);
            rooms.add(new Room("R" + (i + 1), name, ROOM_CAPACITIES[i % ROOM_CAPACITIES.length]));
        }
        return rooms;
    }

    /** Tutors with varied weeks; one in five teaches Dutch only, one in five both maths and Dutch. */
    static List<Tutor> tutors(int count, List<Timeslot> timeslots, Random random) {
        List<Tutor> tutors = new ArrayList<>();
        AvailabilityPattern[] patterns = AvailabilityPattern.values();
        for (int i = 0; i < count; i++) {
            Set<String> subjects = switch (i % 5) {
                case 4 -> Set.of(DUTCH);
                case 3 -> Set.of(MATHS, DUTCH);
                default -> Set.of(MATHS);
            };
            AvailabilityPattern pattern = patterns[random.nextInt(patterns.length)];
            DayOfWeek dayOff = SchoolWeek.SCHOOL_DAYS.get(random.nextInt(SchoolWeek.SCHOOL_DAYS.size()));
            Set<String> available = new HashSet<>();
            for (Timeslot timeslot : timeslots) {
                boolean extended = timeslot.getKind() == TimeslotKind.EXTENDED_DAY;
                boolean works = switch (pattern) {
                    case FULL_WEEK -> true;
                    case MORNINGS -> !extended && timeslot.getStart().getHour() < 12;
                    case AFTERNOONS_AND_EVENINGS -> extended || timeslot.getStart().getHour() >= 12;
                    case FOUR_DAYS_AND_EVENINGS -> timeslot.getDay() != dayOff;
                };
                if (works) {
                    available.add(timeslot.getId());
                }
            }
            int maxPerDay = pattern == AvailabilityPattern.MORNINGS ? 4 : 6;
            String name = TUTOR_FIRST_NAMES[i % TUTOR_FIRST_NAMES.length] + " " + (i / TUTOR_FIRST_NAMES.length + 1);
            tutors.add(new Tutor("T" + (i + 1), name, subjects, available, maxPerDay));
        }
        return tutors;
    }
}
