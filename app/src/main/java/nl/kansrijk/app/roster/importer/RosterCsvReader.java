package nl.kansrijk.app.roster.importer;

import nl.kansrijk.app.roster.RosterBatch;
import nl.kansrijk.app.roster.RosterBatch.Group;
import nl.kansrijk.app.roster.RosterBatch.GroupKind;
import nl.kansrijk.app.roster.RosterBatch.GroupMember;
import nl.kansrijk.app.roster.RosterBatch.Lesson;
import nl.kansrijk.app.roster.RosterBatch.LessonPupil;
import nl.kansrijk.app.roster.RosterBatch.Period;
import nl.kansrijk.app.roster.RosterBatch.PeriodKind;
import nl.kansrijk.app.roster.RosterBatch.Pupil;
import nl.kansrijk.app.roster.RosterBatch.Room;
import nl.kansrijk.app.roster.RosterBatch.Slot;
import nl.kansrijk.app.roster.RosterBatch.Tutor;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an upload of roster CSV files (docs/IMPORT.md) into a {@link RosterBatch}, or into the
 * complete list of problems: all-or-nothing, every problem with file, line and column.
 * References may point into the same upload or to what the school already has.
 */
public final class RosterCsvReader {

    /** One uploaded file. */
    public record UploadedCsv(String fileName, byte[] content) {
    }

    /** Either a batch to store or the problems that stop it; never both. */
    public record Result(Optional<RosterBatch> batch, List<ImportProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The kinds of file, recognised by file name (English, Dutch and XHSTT names). */
    enum FileKind {
        PERIODS("periods", "lesuren", "bell_schedule", "bellrooster", "timeslots"),
        CLASSES("classes", "klassen", "groups", "groepen"),
        PUPILS("pupils", "leerlingen", "students"),
        GROUP_MEMBERS("group_members", "lesgroepen", "groepsleden", "cluster_members"),
        LESSONS("lessons", "lessen", "rooster", "timetable"),
        LESSON_PUPILS("lesson_pupils", "les_leerlingen", "lesleerlingen"),
        TUTORS("tutors"),
        ROOMS("rooms", "lokalen");

        final List<String> names;

        FileKind(String... names) {
            this.names = List.of(names);
        }

        static Optional<FileKind> ofFileName(String fileName) {
            String base = fileName.replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            int dot = base.lastIndexOf('.');
            String stem = (dot > 0 ? base.substring(0, dot) : base).replace('-', '_').replace(' ', '_');
            return Arrays.stream(values()).filter(kind -> kind.names.contains(stem)).findFirst();
        }
    }

    // Processing order: references only point to kinds earlier in this list.
    private static final List<FileKind> ORDER = List.of(FileKind.PERIODS, FileKind.CLASSES, FileKind.PUPILS,
            FileKind.GROUP_MEMBERS, FileKind.LESSONS, FileKind.LESSON_PUPILS, FileKind.TUTORS, FileKind.ROOMS);

    private final List<ImportProblem> problems = new ArrayList<>();
    private final ExistingRoster existing;

    private final List<Period> periods = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Pupil> pupils = new ArrayList<>();
    private final List<GroupMember> groupMembers = new ArrayList<>();
    private final List<Lesson> lessons = new ArrayList<>();
    private final List<LessonPupil> lessonPupils = new ArrayList<>();
    private final List<Tutor> tutors = new ArrayList<>();
    private final List<Room> rooms = new ArrayList<>();

    // What is known after reading the upload, merged with what the school already has.
    private final Set<Slot> knownSlots = new HashSet<>();
    private final Map<String, GroupKind> knownGroups = new HashMap<>();
    private final Map<String, Integer> knownGroupYears = new HashMap<>();
    private final Set<String> knownPupils = new HashSet<>();
    private final Set<String> knownLessons = new HashSet<>();

    private RosterCsvReader(ExistingRoster existing) {
        this.existing = existing;
    }

    public static Result read(List<UploadedCsv> uploads, ExistingRoster existing) {
        return new RosterCsvReader(existing).readAll(uploads);
    }

    private Result readAll(List<UploadedCsv> uploads) {
        Map<FileKind, CsvTable> tables = new LinkedHashMap<>();
        List<String> fileNames = new ArrayList<>();
        if (uploads.isEmpty()) {
            problems.add(new ImportProblem("", 0, 0, "", "emptyFile", Map.of("file", ""), "No files were uploaded."));
        }
        for (UploadedCsv upload : uploads) {
            fileNames.add(upload.fileName());
            Optional<FileKind> kind = FileKind.ofFileName(upload.fileName());
            if (kind.isEmpty()) {
                problems.add(new ImportProblem(upload.fileName(), 0, 0, "", "unknownFile", Map.of("file", upload.fileName()),
                        "The file name '" + upload.fileName() + "' does not say what it holds; name it pupils.csv, "
                                + "classes.csv, lessons.csv, … (see the import guide)."));
                continue;
            }
            if (tables.containsKey(kind.get())) {
                problems.add(new ImportProblem(upload.fileName(), 0, 0, "", "duplicate", Map.of("value", upload.fileName()),
                        "Two uploaded files hold " + kind.get().names.get(0) + "; upload one."));
                continue;
            }
            try {
                CsvTable table = CsvTable.parse(upload.fileName(), upload.content());
                if (table.rows().isEmpty()) {
                    problems.add(new ImportProblem(upload.fileName(), 0, 0, "", "emptyFile", Map.of("file", upload.fileName()),
                            "The file '" + upload.fileName() + "' has no data rows under its header."));
                }
                tables.put(kind.get(), table);
            } catch (IOException | RuntimeException e) {
                problems.add(new ImportProblem(upload.fileName(), 0, 0, "", "encoding", Map.of("file", upload.fileName()),
                        "The file '" + upload.fileName() + "' could not be read as CSV: " + e.getMessage()));
            }
        }
        knownSlots.addAll(existing.periods());
        knownGroups.putAll(existing.groups());
        knownGroupYears.putAll(existing.groupYears());
        knownPupils.addAll(existing.pupilIds());
        knownLessons.addAll(existing.lessonIds());
        for (FileKind kind : ORDER) {
            CsvTable table = tables.get(kind);
            if (table != null) {
                read(kind, table);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(problems));
        }
        return new Result(Optional.of(new RosterBatch(fileNames, periods, groups, pupils, groupMembers, lessons,
                lessonPupils, tutors, rooms)), List.of());
    }

    private void read(FileKind kind, CsvTable table) {
        switch (kind) {
            case PERIODS -> readPeriods(table);
            case CLASSES -> readGroups(table);
            case PUPILS -> readPupils(table);
            case GROUP_MEMBERS -> readGroupMembers(table);
            case LESSONS -> readLessons(table);
            case LESSON_PUPILS -> readLessonPupils(table);
            case TUTORS -> readTutors(table);
            case ROOMS -> readRooms(table);
        }
    }

    // --- one method per file kind; column names: canonical first, then aliases -------------------

    private void readPeriods(CsvTable table) {
        Columns c = new Columns(table);
        String day = c.required("day", "dag");
        String period = c.required("period", "lesuur", "uur");
        String start = c.required("start", "begin", "starttijd");
        String end = c.required("end", "eind", "einde", "eindtijd");
        String kind = c.optional("kind", "soort");
        if (c.missing()) {
            return;
        }
        Map<Slot, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Fields f = new Fields(table, row);
            DayOfWeek d = f.day(day);
            Integer p = f.integer(period, 0, 20);
            LocalTime s = f.time(start);
            LocalTime e = f.time(end);
            PeriodKind k = f.choice(kind, PeriodKind.REGULAR, Map.of(
                    "regular", PeriodKind.REGULAR, "lesuur", PeriodKind.REGULAR, "les", PeriodKind.REGULAR,
                    "extended_day", PeriodKind.EXTENDED_DAY, "extended", PeriodKind.EXTENDED_DAY,
                    "verlengd", PeriodKind.EXTENDED_DAY, "verlengde_schooldag", PeriodKind.EXTENDED_DAY));
            if (s != null && e != null && !e.isAfter(s)) {
                f.problem(end, "endBeforeStart", Map.of("value", row.values().get(end)),
                        "The end time " + e + " is not after the start time " + s + ".");
            }
            if (d != null && p != null && f.unique(period, new Slot(d, p), seen, d + " period " + p)
                    && s != null && e != null && k != null && e.isAfter(s)) {
                periods.add(new Period(d, p, s, e, k));
                knownSlots.add(new Slot(d, p));
            }
        }
    }

    private void readGroups(CsvTable table) {
        Columns c = new Columns(table);
        String code = c.required("class", "klas", "group", "groep", "code");
        String kind = c.optional("kind", "soort", "type");
        String year = c.optional("year", "leerjaar", "jaar");
        String level = c.optional("level", "niveau");
        if (c.missing()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Fields f = new Fields(table, row);
            String value = f.text(code, 50);
            GroupKind k = f.choice(kind, GroupKind.CLASS, Map.of(
                    "class", GroupKind.CLASS, "klas", GroupKind.CLASS, "stamgroep", GroupKind.CLASS,
                    "teaching_group", GroupKind.TEACHING_GROUP, "group", GroupKind.TEACHING_GROUP,
                    "lesgroep", GroupKind.TEACHING_GROUP, "cluster", GroupKind.TEACHING_GROUP));
            Integer y = f.optionalInteger(year, 1, 8);
            String l = f.optionalText(level, 30);
            if (value != null && k != null && f.unique(code, value, seen, value) && f.ok()) {
                groups.add(new Group(value, k, y, l));
                knownGroups.put(value, k);
                if (y != null) {
                    knownGroupYears.put(value, y);
                }
            }
        }
    }

    private void readPupils(CsvTable table) {
        Columns c = new Columns(table);
        String id = c.required("pupil_id", "leerling_id", "leerlingnummer", "id", "student_id");
        String klass = c.required("class", "klas", "stamgroep");
        String first = c.optional("first_name", "voornaam", "roepnaam");
        String last = c.optional("last_name", "achternaam", "naam");
        String year = c.optional("year", "leerjaar");
        String level = c.optional("level", "niveau");
        String hdt = c.optional("hdt_candidate", "hdt", "kandidaat", "hdt_kandidaat");
        if (c.missing()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Fields f = new Fields(table, row);
            String pupilId = f.text(id, 50);
            String classCode = f.text(klass, 50);
            f.knownGroup(klass, classCode, GroupKind.CLASS);
            Integer y = f.optionalInteger(year, 1, 8);
            if (f.ok() && y == null && classCode != null) {
                y = knownGroupYears.get(classCode);
                if (y == null) {
                    f.problem(year, "required", Map.of("column", "year"),
                            "The pupil's year is missing here and their class has none either.");
                }
            }
            String l = f.optionalText(level, 30);
            boolean candidate = Boolean.TRUE.equals(f.optionalBoolean(hdt));
            String firstName = Optional.ofNullable(f.optionalText(first, 100)).orElse("");
            String lastName = Optional.ofNullable(f.optionalText(last, 100)).orElse("");
            if (pupilId != null && f.unique(id, pupilId, seen, pupilId) && f.ok()) {
                pupils.add(new Pupil(pupilId, firstName, lastName, classCode, y, l, candidate));
                knownPupils.add(pupilId);
            }
        }
    }

    private void readGroupMembers(CsvTable table) {
        Columns c = new Columns(table);
        String group = c.required("group", "lesgroep", "groep", "cluster");
        String pupil = c.required("pupil_id", "leerling_id", "leerlingnummer");
        if (c.missing()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Fields f = new Fields(table, row);
            String groupCode = f.text(group, 50);
            String pupilId = f.text(pupil, 50);
            f.knownGroup(group, groupCode, GroupKind.TEACHING_GROUP);
            f.knownPupil(pupil, pupilId);
            if (groupCode != null && pupilId != null && f.unique(pupil, groupCode + "|" + pupilId, seen, pupilId) && f.ok()) {
                groupMembers.add(new GroupMember(groupCode, pupilId));
            }
        }
    }

    private void readLessons(CsvTable table) {
        Columns c = new Columns(table);
        String id = c.required("lesson_id", "les_id", "id");
        String subject = c.required("subject", "vak");
        String day = c.required("day", "dag");
        String period = c.required("period", "lesuur", "uur");
        String duration = c.optional("duration_periods", "duur", "lesuren");
        String teacher = c.optional("teacher", "docent");
        String room = c.optional("room", "lokaal");
        String group = c.optional("group", "class", "klas", "lesgroep", "groep");
        if (c.missing()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Fields f = new Fields(table, row);
            String lessonId = f.text(id, 100);
            String subj = f.text(subject, 30);
            DayOfWeek d = f.day(day);
            Integer p = f.integer(period, 0, 20);
            Integer length = Optional.ofNullable(f.optionalInteger(duration, 1, 4)).orElse(1);
            String groupCode = f.optionalText(group, 50);
            f.knownGroup(group, groupCode, null);
            if (d != null && p != null && length != null) {
                for (int covered = p; covered < p + length; covered++) {
                    if (!knownSlots.contains(new Slot(d, covered))) {
                        f.problem(period, "unknownPeriod", Map.of("day", dutchDay(d), "period", Integer.toString(covered)),
                                "The bell schedule has no period " + covered + " on " + dutchDay(d) + ".");
                        break;
                    }
                }
            }
            String t = f.optionalText(teacher, 100);
            String r = f.optionalText(room, 100);
            if (lessonId != null && f.unique(id, lessonId, seen, lessonId) && f.ok()) {
                lessons.add(new Lesson(lessonId, subj, d, p, length, t, r, groupCode));
                knownLessons.add(lessonId);
            }
        }
    }

    private void readLessonPupils(CsvTable table) {
        Columns c = new Columns(table);
        String lesson = c.required("lesson_id", "les_id");
        String pupil = c.required("pupil_id", "leerling_id", "leerlingnummer");
        if (c.missing()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Fields f = new Fields(table, row);
            String lessonId = f.text(lesson, 100);
            String pupilId = f.text(pupil, 50);
            if (lessonId != null && !knownLessons.contains(lessonId)) {
                f.problem(lesson, "unknownLesson", Map.of("value", lessonId),
                        "The lesson '" + lessonId + "' is not in lessons.csv nor in the school.");
            }
            f.knownPupil(pupil, pupilId);
            if (lessonId != null && pupilId != null && f.unique(pupil, lessonId + "|" + pupilId, seen, pupilId) && f.ok()) {
                lessonPupils.add(new LessonPupil(lessonId, pupilId));
            }
        }
    }

    private void readTutors(CsvTable table) {
        Columns c = new Columns(table);
        String id = c.required("tutor_id", "id");
        String name = c.required("name", "naam");
        String subjects = c.required("subjects", "vakken");
        String max = c.optional("max_sessions_per_day", "max_per_dag", "max_per_day");
        String availability = c.optional("availability", "beschikbaar", "beschikbaarheid");
        if (c.missing()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Fields f = new Fields(table, row);
            String tutorId = f.text(id, 50);
            String tutorName = f.text(name, 200);
            String subjectText = f.text(subjects, 200);
            List<String> subjectList = subjectText == null ? List.of()
                    : Arrays.stream(subjectText.split("[\\s;,|/]+")).filter(s -> !s.isBlank()).toList();
            int maxPerDay = Optional.ofNullable(f.optionalInteger(max, 1, 12)).orElse(6);
            Set<Slot> slots = availability == null ? allKnownSlots() : f.availability(availability);
            if (tutorId != null && f.unique(id, tutorId, seen, tutorId) && f.ok()) {
                tutors.add(new Tutor(tutorId, tutorName, subjectList, maxPerDay, slots));
            }
        }
    }

    private void readRooms(CsvTable table) {
        Columns c = new Columns(table);
        String id = c.required("room_id", "lokaal", "id", "code");
        String name = c.optional("name", "naam");
        String capacity = c.required("capacity", "capaciteit", "plaatsen");
        String kind = c.optional("kind", "soort", "type");
        if (c.missing()) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Fields f = new Fields(table, row);
            String roomId = f.text(id, 50);
            Integer cap = f.integer(capacity, 1, 500);
            String roomName = Optional.ofNullable(f.optionalText(name, 200)).orElse(roomId);
            String roomKind = Optional.ofNullable(f.optionalText(kind, 30)).orElse("tutorruimte");
            if (roomId != null && f.unique(id, roomId, seen, roomId) && f.ok()) {
                rooms.add(new Room(roomId, roomName, cap, roomKind));
            }
        }
    }

    private Set<Slot> allKnownSlots() {
        return Set.copyOf(knownSlots);
    }

    static String dutchDay(DayOfWeek day) {
        return DAY_CODES.get(day);
    }

    private static final Map<DayOfWeek, String> DAY_CODES = Map.of(DayOfWeek.MONDAY, "ma", DayOfWeek.TUESDAY, "di",
            DayOfWeek.WEDNESDAY, "wo", DayOfWeek.THURSDAY, "do", DayOfWeek.FRIDAY, "vr", DayOfWeek.SATURDAY, "za",
            DayOfWeek.SUNDAY, "zo");

    private static final Map<String, DayOfWeek> DAY_NAMES = dayNames();

    private static Map<String, DayOfWeek> dayNames() {
        Map<String, DayOfWeek> names = new HashMap<>();
        String[][] table = {
                {"ma", "maandag", "mo", "mon", "monday", "1"},
                {"di", "dinsdag", "tu", "tue", "tuesday", "2"},
                {"wo", "woensdag", "we", "wed", "wednesday", "3"},
                {"do", "donderdag", "th", "thu", "thursday", "4"},
                {"vr", "vrijdag", "fr", "fri", "friday", "5"},
                {"za", "zaterdag", "sa", "sat", "saturday", "6"},
        };
        for (int i = 0; i < table.length; i++) {
            for (String name : table[i]) {
                names.put(name, DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(names);
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Finds the columns of a file; a missing required column is one problem on line 1. */
    private final class Columns {
        private final CsvTable table;
        private boolean missing;

        Columns(CsvTable table) {
            this.table = table;
        }

        String required(String canonical, String... aliases) {
            Optional<String> found = table.findColumn(names(canonical, aliases));
            if (found.isEmpty()) {
                missing = true;
                problems.add(new ImportProblem(table.fileName(), 1, 0, canonical, "missingColumn", Map.of("column", canonical),
                        "The header has no column '" + canonical + "'" + (aliases.length > 0
                                ? " (also accepted: " + String.join(", ", aliases) + ")" : "") + "."));
            }
            return found.orElse(null);
        }

        String optional(String canonical, String... aliases) {
            return table.findColumn(names(canonical, aliases)).orElse(null);
        }

        boolean missing() {
            return missing;
        }

        private List<String> names(String canonical, String... aliases) {
            List<String> all = new ArrayList<>();
            all.add(canonical);
            all.addAll(Arrays.asList(aliases));
            return all;
        }
    }

    /** Typed access to one row's values; each bad value becomes a problem at its line and column. */
    private final class Fields {
        private final CsvTable table;
        private final CsvTable.Row row;
        private int problemCount;

        Fields(CsvTable table, CsvTable.Row row) {
            this.table = table;
            this.row = row;
        }

        boolean ok() {
            return problemCount == 0;
        }

        void problem(String column, String code, Map<String, String> params, String message) {
            problemCount++;
            int number = column == null ? 0 : table.columnNumber(column);
            problems.add(new ImportProblem(table.fileName(), row.line(), number, column == null ? "" : column, code,
                    params, message));
        }

        private String raw(String column) {
            return column == null ? "" : row.values().getOrDefault(column, "");
        }

        String text(String column, int maxLength) {
            String value = raw(column);
            if (value.isEmpty()) {
                problem(column, "required", Map.of("column", column), "The column '" + column + "' must not be empty.");
                return null;
            }
            return checkLength(column, value, maxLength);
        }

        String optionalText(String column, int maxLength) {
            String value = raw(column);
            return value.isEmpty() ? null : checkLength(column, value, maxLength);
        }

        private String checkLength(String column, String value, int maxLength) {
            if (value.length() > maxLength) {
                problem(column, "outOfRange", Map.of("value", value.substring(0, 20) + "…"),
                        "The value is longer than " + maxLength + " characters.");
                return null;
            }
            return value;
        }

        Integer integer(String column, int min, int max) {
            String value = raw(column);
            if (value.isEmpty()) {
                problem(column, "required", Map.of("column", column), "The column '" + column + "' must not be empty.");
                return null;
            }
            return parseInteger(column, value, min, max);
        }

        Integer optionalInteger(String column, int min, int max) {
            String value = raw(column);
            return value.isEmpty() ? null : parseInteger(column, value, min, max);
        }

        private Integer parseInteger(String column, String value, int min, int max) {
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    problem(column, "outOfRange", Map.of("value", value),
                            "The number " + value + " is outside " + min + "–" + max + ".");
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                problem(column, "notANumber", Map.of("value", value), "'" + value + "' is not a whole number.");
                return null;
            }
        }

        DayOfWeek day(String column) {
            String value = raw(column);
            DayOfWeek day = DAY_NAMES.get(value.toLowerCase(Locale.ROOT));
            if (day == null) {
                problem(column, "badDay", Map.of("value", value),
                        "'" + value + "' is not a school day; write ma, di, wo, do, vr (or maandag … vrijdag).");
            }
            return day;
        }

        LocalTime time(String column) {
            String value = raw(column);
            Matcher matcher = TIME.matcher(value);
            if (matcher.matches()) {
                int hours = Integer.parseInt(matcher.group(1));
                int minutes = Integer.parseInt(matcher.group(2));
                if (hours < 24 && minutes < 60) {
                    return LocalTime.of(hours, minutes);
                }
            }
            problem(column, "badTime", Map.of("value", value), "'" + value + "' is not a time like 08:30.");
            return null;
        }

        <T> T choice(String column, T fallback, Map<String, T> choices) {
            String value = raw(column);
            if (value.isEmpty()) {
                return fallback;
            }
            T chosen = choices.get(value.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            if (chosen == null) {
                problem(column, "badKind", Map.of("value", value),
                        "'" + value + "' is not one of: " + String.join(", ", new java.util.TreeSet<>(choices.keySet())) + ".");
            }
            return chosen;
        }

        Boolean optionalBoolean(String column) {
            String value = raw(column).toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                return null;
            }
            if (List.of("ja", "j", "yes", "y", "true", "1", "x").contains(value)) {
                return true;
            }
            if (List.of("nee", "n", "no", "false", "0").contains(value)) {
                return false;
            }
            problem(column, "badBoolean", Map.of("value", raw(column)), "'" + raw(column) + "' is not ja or nee.");
            return null;
        }

        /** Records the key on first sight; a second sight is a duplicate naming the first line. */
        <K> boolean unique(String column, K key, Map<K, Integer> seen, String shown) {
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problem(column, "duplicate", Map.of("value", shown, "otherLine", first.toString()),
                        "'" + shown + "' already appears on line " + first + ".");
                return false;
            }
            return true;
        }

        /** A class or teaching group the upload or the school has; {@code required} null accepts either kind. */
        void knownGroup(String column, String code, GroupKind required) {
            if (code == null) {
                return;
            }
            GroupKind kind = knownGroups.get(code);
            if (kind == null) {
                problem(column, "unknownClass", Map.of("value", code),
                        "The class or teaching group '" + code + "' is not in classes.csv nor in the school.");
            } else if (required == GroupKind.CLASS && kind != GroupKind.CLASS) {
                problem(column, "unknownClass", Map.of("value", code),
                        "'" + code + "' is a teaching group, not a class: list its pupils in group_members.csv.");
            } else if (required == GroupKind.TEACHING_GROUP && kind != GroupKind.TEACHING_GROUP) {
                problem(column, "notATeachingGroup", Map.of("value", code),
                        "'" + code + "' is a class; its pupils belong to it through pupils.csv.");
            }
        }

        void knownPupil(String column, String pupilId) {
            if (pupilId != null && !knownPupils.contains(pupilId)) {
                problem(column, "unknownPupil", Map.of("value", pupilId),
                        "The pupil '" + pupilId + "' is not in pupils.csv nor in the school.");
            }
        }

        /** Tokens like {@code ma:1-8 di:1-4 wo do:9}; a day alone means all its periods. */
        Set<Slot> availability(String column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return allKnownSlots();
            }
            Set<Slot> slots = new LinkedHashSet<>();
            for (String token : value.split("[\\s;,]+")) {
                if (token.isBlank()) {
                    continue;
                }
                Matcher matcher = AVAILABILITY.matcher(token.toLowerCase(Locale.ROOT));
                DayOfWeek day = matcher.matches() ? DAY_NAMES.get(matcher.group(1)) : null;
                if (day == null) {
                    problem(column, "badAvailability", Map.of("value", token),
                            "'" + token + "' is not like ma:1-8 (a day, optionally with periods).");
                    return Set.of();
                }
                if (matcher.group(2) == null) {
                    knownSlots.stream().filter(slot -> slot.day() == day).forEach(slots::add);
                    continue;
                }
                int from = Integer.parseInt(matcher.group(2));
                int to = matcher.group(3) == null ? from : Integer.parseInt(matcher.group(3));
                for (int p = from; p <= to; p++) {
                    Slot slot = new Slot(day, p);
                    if (!knownSlots.contains(slot)) {
                        problem(column, "unknownPeriod", Map.of("day", dutchDay(day), "period", Integer.toString(p)),
                                "The bell schedule has no period " + p + " on " + dutchDay(day) + ".");
                        return Set.of();
                    }
                    slots.add(slot);
                }
            }
            return slots;
        }
    }

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern AVAILABILITY = Pattern.compile("([a-z]+)(?::(\\d{1,2})(?:-(\\d{1,2}))?)?");
}
