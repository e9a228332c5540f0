package nl.kansrijk.app.roster.demo;

import nl.kansrijk.app.roster.RosterBatch;
import nl.kansrijk.app.roster.RosterBatch.Group;
import nl.kansrijk.app.roster.RosterBatch.GroupKind;
import nl.kansrijk.app.roster.RosterBatch.Lesson;
import nl.kansrijk.app.roster.RosterBatch.Period;
import nl.kansrijk.app.roster.RosterBatch.PeriodKind;
import nl.kansrijk.app.roster.RosterBatch.Pupil;
import nl.kansrijk.app.roster.RosterBatch.Room;
import nl.kansrijk.app.roster.RosterBatch.Slot;
import nl.kansrijk.app.roster.RosterBatch.Tutor;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated but realistic secondary school: 24 classes of 25 pupils in years 1–4, a clash-free
 * weekly timetable of about 30 lessons per class, 25 tutors with varied availability and 8 rooms
 * for tutoring. Same seed, same school. Sizes follow SOURCES.md (classes of 25–30, HDT candidates
 * 10–20 % of pupils, mostly years 1–2, mostly maths).
 */
public final class DemoSchool {

    public static final long DEFAULT_SEED = 20261129L;
    public static final String NAME = "OSG De Horizon (demo)";

    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final int PERIODS_PER_DAY = 8;
    // Typical Dutch bell schedule with 50-minute periods (as assumed for Kottenpark in shared/data).
    private static final String[][] BELL = {
            {"08:30", "09:20"}, {"09:20", "10:10"}, {"10:30", "11:20"}, {"11:20", "12:10"},
            {"12:40", "13:30"}, {"13:30", "14:20"}, {"14:30", "15:20"}, {"15:20", "16:10"}};
    /** Extended-day slot after the last period, Monday to Thursday; and a "leerlab" before school on Tuesday and Thursday. */
    private static final int AFTER_SCHOOL_PERIOD = 9;
    private static final int BEFORE_SCHOOL_PERIOD = 0;

    private static final String[] LEVELS = {"vmbo-b", "vmbo-k", "mavo", "havo", "havo/vwo", "vwo"};
    private static final String[] CLASS_LETTERS = {"A", "B", "C", "D", "E", "F"};
    private static final int YEARS = 4;
    private static final int PUPILS_PER_CLASS = 25;

    /** Weekly hours per subject for years 1–2 and 3–4 (subject codes as in Dutch school systems). */
    private static final Object[][] LOWER_YEARS = {
            {"ne", 4}, {"wi", 4}, {"en", 3}, {"fa", 2}, {"gs", 2}, {"ak", 2}, {"bi", 2}, {"lo", 3}, {"tek", 2},
            {"mu", 1}, {"mentor", 1}, {"nask", 2}};
    private static final Object[][] UPPER_YEARS = {
            {"ne", 4}, {"wi", 4}, {"en", 3}, {"du", 2}, {"fa", 2}, {"gs", 2}, {"ak", 2}, {"bi", 2}, {"lo", 2},
            {"nask", 3}, {"ec", 2}, {"mentor", 1}};

    private static final String[] FIRST_NAMES = {
            "Emma", "Noah", "Julia", "Liam", "Mila", "Lucas", "Sara", "Daan", "Zoë", "Sem", "Yara", "Finn", "Nora",
            "Levi", "Fenna", "Mohamed", "Aya", "Adam", "Lina", "Milan", "Noor", "Bram", "Hiba", "Jesse", "Sophie",
            "Youssef", "Lotte", "Thijs", "Amira", "Ruben", "Eva", "Mehmet", "Elif", "Luuk", "Fleur", "Ayoub", "Inès",
            "Stijn", "Sanne", "Rayan", "Isa", "Kevin", "Maud", "Omar", "Esmee", "Tim", "Selin", "Jayden", "Roos", "Ilias"};
    private static final String[] LAST_NAMES = {
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "El Amrani", "Yılmaz", "Kaya",
            "Bouzid", "Öztürk", "Ramdin", "Wong", "Nguyen", "Haddou", "Koster", "Prins", "Huisman", "Kok", "Postma",
            "Kuipers"};
    private static final String[] TUTOR_NAMES = {
            "Anouk Verbeek", "Bas Hoekstra", "Chaima Benali", "Dirk Scholten", "Esra Demir", "Floor van Wijk",
            "Gijs Martens", "Hanna de Lange", "Ibrahim Aziz", "Joost Timmermans", "Kim Veenstra", "Lars Wouters",
            "Marieke Kramer", "Nadia Ouali", "Olaf Schouten", "Pien Maas", "Quinten Hermans", "Rachida Bennani",
            "Sven Jacobs", "Tessa Willems", "Umut Aydın", "Vera Kuijpers", "Wouter Claassen", "Xander Lammers",
            "Yasmina Haddad"};

    private DemoSchool() {
    }

    public static RosterBatch generate(long seed) {
        Random random = new Random(seed);
        List<Period> periods = bellSchedule();
        List<Group> classes = new ArrayList<>();
        List<Pupil> pupils = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        Timetabler timetabler = new Timetabler(random);
        int pupilNumber = 0;
        for (int year = 1; year <= YEARS; year++) {
            for (int c = 0; c < LEVELS.length; c++) {
                String code = year + CLASS_LETTERS[c];
                String level = LEVELS[c];
                classes.add(new Group(code, GroupKind.CLASS, year, level));
                for (int i = 0; i < PUPILS_PER_CLASS; i++) {
                    pupilNumber++;
                    String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                    String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                    pupils.add(new Pupil(String.format("%06d", 240000 + pupilNumber), first, last, code, year, level,
                            isCandidate(random, year, c)));
                }
                lessons.addAll(timetabler.timetable(code, year <= 2 ? LOWER_YEARS : UPPER_YEARS));
            }
        }
        return new RosterBatch(List.of("demo school (seed " + seed + ")"), periods, classes, pupils, List.of(), lessons,
                List.of(), tutors(random, periods), rooms());
    }

    /** About 28 % of years 1–2 and 10 % of years 3–4, more often in the lower levels: ≈120 of 600. */
    private static boolean isCandidate(Random random, int year, int levelIndex) {
        double base = year <= 2 ? 0.28 : 0.10;
        double levelFactor = 1.3 - 0.1 * levelIndex;
        return random.nextDouble() < base * levelFactor;
    }

    private static List<Period> bellSchedule() {
        List<Period> periods = new ArrayList<>();
        for (DayOfWeek day : DAYS) {
            for (int p = 1; p <= PERIODS_PER_DAY; p++) {
                periods.add(new Period(day, p, LocalTime.parse(BELL[p - 1][0]), LocalTime.parse(BELL[p - 1][1]),
                        PeriodKind.REGULAR));
            }
            if (day != DayOfWeek.FRIDAY) {
                periods.add(new Period(day, AFTER_SCHOOL_PERIOD, LocalTime.of(16, 20), LocalTime.of(17, 20),
                        PeriodKind.EXTENDED_DAY));
            }
            if (day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY) {
                periods.add(new Period(day, BEFORE_SCHOOL_PERIOD, LocalTime.of(7, 45), LocalTime.of(8, 25),
                        PeriodKind.EXTENDED_DAY));
            }
        }
        return periods;
    }

    /** 15 maths, 6 Dutch, 4 English tutors; full-time, four-day, morning and afternoon-plus-evening patterns. */
    private static List<Tutor> tutors(Random random, List<Period> periods) {
        List<Tutor> tutors = new ArrayList<>();
        for (int i = 0; i < TUTOR_NAMES.length; i++) {
            List<String> subjects = i < 15 ? List.of("wi") : i < 21 ? List.of("ne") : List.of("en");
            if (i % 7 == 3) {
                subjects = List.of(subjects.get(0), subjects.get(0).equals("wi") ? "nask" : "en");
            }
            Set<DayOfWeek> days = new LinkedHashSet<>(DAYS);
            int pattern = i % 4;
            if (pattern == 1) {
                List<DayOfWeek> shuffled = new ArrayList<>(DAYS);
                Collections.shuffle(shuffled, random);
                days = new LinkedHashSet<>(shuffled.subList(0, 4)); // four days: a five-a-week HDT pair needs a tutor most days
            }
            Set<Slot> availability = new LinkedHashSet<>();
            for (Period period : periods) {
                boolean inDay = days.contains(period.day());
                boolean fits = switch (pattern) {
                    case 2 -> period.period() >= 1 && period.period() <= 4;               // mornings only
                    case 3 -> period.period() >= 5 || period.kind() == PeriodKind.EXTENDED_DAY && period.period() > 0;
                    default -> true;
                };
                if (inDay && fits) {
                    availability.add(new Slot(period.day(), period.period()));
                }
            }
            tutors.add(new Tutor(String.format("T%02d", i + 1), TUTOR_NAMES[i], subjects, 4 + random.nextInt(3), availability));
        }
        return tutors;
    }

    private static List<Room> rooms() {
        return List.of(
                new Room("TK1", "Tutorkamer 1", 3, "tutorruimte"),
                new Room("TK2", "Tutorkamer 2", 3, "tutorruimte"),
                new Room("TK3", "Tutorkamer 3", 3, "tutorruimte"),
                new Room("TK4", "Tutorkamer 4", 3, "tutorruimte"),
                new Room("TK5", "Tutorkamer 5", 4, "tutorruimte"),
                new Room("STIL", "Stilteruimte", 4, "stilteruimte"),
                new Room("MED", "Mediatheek", 12, "mediatheek"),
                new Room("L012", "Lokaal 0.12", 28, "lokaal"));
    }

    /** Places each class's lessons in free periods so that no class or teacher is double-booked. */
    private static final class Timetabler {
        private final Random random;
        private final Map<String, Set<Slot>> teacherBusy = new HashMap<>();
        private final Map<String, Integer> classesPerSubject = new HashMap<>();
        private int lessonNumber;
        private int homeRoom = 100;

        Timetabler(Random random) {
            this.random = random;
        }

        List<Lesson> timetable(String classCode, Object[][] hours) {
            List<Lesson> lessons = new ArrayList<>();
            Set<Slot> classBusy = new HashSet<>();
            Map<String, Set<DayOfWeek>> subjectDays = new HashMap<>();
            String room = Integer.toString(++homeRoom);
            for (Object[] entry : hours) {
                String subject = (String) entry[0];
                int count = (Integer) entry[1];
                String teacher = teacherFor(subject);
                for (int n = 0; n < count; n++) {
                    Slot slot = pickSlot(classBusy, teacherBusy.computeIfAbsent(teacher, t -> new HashSet<>()),
                            subjectDays.computeIfAbsent(subject, s -> new HashSet<>()));
                    if (slot == null) {
                        break; // the week is full for this class and teacher: the class gets one hour less
                    }
                    classBusy.add(slot);
                    teacherBusy.get(teacher).add(slot);
                    subjectDays.get(subject).add(slot.day());
                    lessons.add(new Lesson(String.format("L%05d", ++lessonNumber), subject, slot.day(), slot.period(), 1,
                            teacher, subject.equals("lo") ? "Gymzaal" : room, classCode));
                }
            }
            return lessons;
        }

        /** Each teacher takes at most four classes for a subject; then the next teacher of that subject starts. */
        private String teacherFor(String subject) {
            int classes = classesPerSubject.merge(subject, 1, Integer::sum);
            int teacherIndex = (classes - 1) / 4;
            return subject.toUpperCase(java.util.Locale.ROOT) + (teacherIndex + 1);
        }

        /** Prefers periods 1–7 and days without this subject yet; falls back to period 8 and repeated days. */
        private Slot pickSlot(Set<Slot> classBusy, Set<Slot> teacherBusy, Set<DayOfWeek> subjectDays) {
            List<Slot> candidates = new ArrayList<>();
            for (DayOfWeek day : DAYS) {
                for (int p = 1; p <= PERIODS_PER_DAY; p++) {
                    candidates.add(new Slot(day, p));
                }
            }
            Collections.shuffle(candidates, random);
            for (int pass = 0; pass < 3; pass++) {
                for (Slot slot : candidates) {
                    boolean free = !classBusy.contains(slot) && !teacherBusy.contains(slot);
                    boolean preferredPeriod = slot.period() < PERIODS_PER_DAY || pass >= 1;
                    boolean newDay = !subjectDays.contains(slot.day()) || pass >= 2;
                    if (free && preferredPeriod && newDay) {
                        return slot;
                    }
                }
            }
            return null;
        }
    }
}
