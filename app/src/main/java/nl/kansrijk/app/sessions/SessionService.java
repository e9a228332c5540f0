package nl.kansrijk.app.sessions;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.javalin.http.ForbiddenResponse;
import nl.kansrijk.app.auth.CurrentUser;
import nl.kansrijk.app.auth.Role;
import nl.kansrijk.app.http.ProblemException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tutor's week from the published schedule, session records (idempotent by the browser's
 * record id; corrections kept as versions), contacts with parents and class teachers, and the
 * coordinator's dosage report. Tutors reach only their own sessions and pupils.
 */
public final class SessionService {

    /** Dutch schools: "today" and "this week" are Amsterdam's, whatever the server's zone. */
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");
    /** How far back a session may still be recorded or corrected (a school year). */
    static final int MAX_DAYS_BACK = 366;
    static final int MAX_MINUTES = 240;
    static final int MAX_DOSAGE_DAYS = 400;

    public enum Change { UNCHANGED, MOVED, NEW, CANCELLED }

    static final Set<String> CANCEL_REASONS = Set.of("TUTOR_ILL", "PUPIL_ABSENT_TRIP", "SCHOOL_EVENT", "ROOM_UNAVAILABLE",
            "STAFF_SHORTAGE", "NETWORK_OR_DEVICE", "OTHER");
    static final Set<String> ATTENDANCE = Set.of("PRESENT", "LATE", "ABSENT_WITH_NOTICE", "ABSENT_WITHOUT_NOTICE");
    static final Set<String> CONTACT_KINDS = Set.of("PARENTS", "CLASS_TEACHER");
    static final Set<String> CONTACT_CHANNELS = Set.of("PHONE", "IN_PERSON", "EMAIL", "MESSAGE");

    public record PupilRef(long id, String name, String classCode) {
    }

    public record AttendanceView(long pupilId, String name, String status) {
    }

    public record RecordView(String recordId, long publishedSessionId, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date, int version, boolean held,
                             String cancelReason, int minutes, String topic, String note, List<AttendanceView> attendance,
                             String recordedBy, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant recordedAt) {
    }

    /** Where a moved or cancelled session was in the previous published version. */
    public record Previous(DayOfWeek day, Integer period, String room) {
    }

    public record WeekSession(Long publishedSessionId, long pairId, int sessionIndex, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
                              DayOfWeek day, Integer period, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalTime start, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalTime end, int plannedMinutes, String programme,
                              String subject, String room, List<PupilRef> pupils, boolean today, Change change,
                              Previous previous, RecordView record) {
    }

    public record MyWeek(@JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate weekStart, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate today, Integer version,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) Instant publishedAt, boolean linkedToTutor,
                         List<WeekSession> sessions) {
    }

    public record AttendanceEntry(Long pupilId, String status) {
    }

    public record RecordRequest(String recordId, Boolean held, String cancelReason, Integer minutes, String topic,
                                String note, List<AttendanceEntry> attendance) {
    }

    public record RecordResult(boolean duplicate, RecordView record) {
    }

    public record RecordHistory(RecordView current, List<RecordView> versions) {
    }

    public record ContactRequest(Long pupilId, String kind, LocalDate date, String channel, String note) {
    }

    public record ContactView(long id, long pupilId, String pupilName, String kind, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
                              String channel, String note, String recordedBy, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant recordedAt) {
    }

    public record PupilLine(long pupilId, String name, String classCode, Dosage.PupilDosage dosage) {
    }

    public record TutorLine(long tutorId, String name, Dosage.TutorDosage dosage) {
    }

    public record DosageReport(@JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate from, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate to, Integer version, double targetPercent, List<PupilLine> pupils,
                               List<TutorLine> tutors) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public SessionService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SCHOOL_ZONE));
    }

    // --- my week --------------------------------------------------------------------------------------

    /** The tutor's sessions of the newest published version in the week of {@code day} (default today), today first. */
    public MyWeek myWeek(CurrentUser tutor, LocalDate day) {
        LocalDate today = today();
        LocalDate monday = Dosage.weekStart(day == null ? today : day);
        long school = tutor.school();
        return jdbi.withHandle(h -> {
            SessionStore store = h.attach(SessionStore.class);
            boolean linked = !store.tutorIdsOfUser(school, tutor.userId()).isEmpty();
            List<SessionStore.VersionRow> versions = store.newestTwoVersions(school);
            if (versions.isEmpty()) {
                return new MyWeek(monday, today, null, null, linked, List.of());
            }
            SessionStore.VersionRow newest = versions.get(0);
            List<SessionStore.PublishedSession> mine = tutorsPlacedSessions(store, school, newest.id(), tutor.userId());
            Map<String, SessionStore.PublishedSession> before = new HashMap<>();
            if (versions.size() > 1) {
                tutorsPlacedSessions(store, school, versions.get(1).id(), tutor.userId())
                        .forEach(s -> before.put(pairKey(s.pairId(), s.sessionIndex()), s));
            }
            Map<Long, List<PupilRef>> pupils = pupilsBySession(store, school, newest.id());
            Map<String, RecordView> records = recordsByPairInWeek(h, school, monday);

            List<WeekSession> sessions = new ArrayList<>();
            Set<String> stillMine = new HashSet<>();
            for (SessionStore.PublishedSession s : mine) {
                String key = pairKey(s.pairId(), s.sessionIndex());
                stillMine.add(key);
                SessionStore.PublishedSession old = before.get(key);
                Change change = versions.size() == 1 ? Change.UNCHANGED : old == null ? Change.NEW
                        : movedBetween(old, s) ? Change.MOVED : Change.UNCHANGED;
                LocalDate date = dateIn(monday, s.day());
                sessions.add(new WeekSession(s.id(), s.pairId(), s.sessionIndex(), date, s.day(), s.period(), s.startTime(),
                        s.endTime(), s.plannedMinutes(), s.programme(), s.subject(), s.roomName(),
                        pupils.getOrDefault(s.id(), List.of()), date.equals(today), change,
                        change == Change.MOVED ? previous(old) : null, records.get(key)));
            }
            if (!before.isEmpty()) {
                Map<Long, List<PupilRef>> oldPupils = pupilsBySession(store, school, versions.get(1).id());
                for (SessionStore.PublishedSession old : before.values()) {
                    if (!stillMine.contains(pairKey(old.pairId(), old.sessionIndex()))) {
                        LocalDate date = dateIn(monday, old.day());
                        sessions.add(new WeekSession(null, old.pairId(), old.sessionIndex(), date, old.day(), old.period(),
                                old.startTime(), old.endTime(), old.plannedMinutes(), old.programme(), old.subject(),
                                old.roomName(), oldPupils.getOrDefault(old.id(), List.of()), date.equals(today),
                                Change.CANCELLED, previous(old), null));
                    }
                }
            }
            sessions.sort(todayFirst(today));
            return new MyWeek(monday, today, newest.versionNumber(), newest.publishedAt(), linked, sessions);
        });
    }

    /** Today's sessions, then the rest of the week still to come, then the days already past; by time within a day. */
    private static Comparator<WeekSession> todayFirst(LocalDate today) {
        return Comparator.<WeekSession>comparingInt(s -> s.date().equals(today) ? 0 : s.date().isAfter(today) ? 1 : 2)
                .thenComparing(WeekSession::date)
                .thenComparing(s -> s.start() == null ? LocalTime.MAX : s.start());
    }

    private static List<SessionStore.PublishedSession> tutorsPlacedSessions(SessionStore store, long school, long version,
                                                                          long userId) {
        return store.sessionsOfVersion(school, version).stream()
                .filter(s -> s.placed() && Objects.equals(s.tutorUserId(), userId))
                .toList();
    }

    private static boolean movedBetween(SessionStore.PublishedSession old, SessionStore.PublishedSession now) {
        return old.day() != now.day() || !Objects.equals(old.period(), now.period()) || !Objects.equals(old.roomId(), now.roomId());
    }

    private static Previous previous(SessionStore.PublishedSession old) {
        return new Previous(old.day(), old.period(), old.roomName());
    }

    private static LocalDate dateIn(LocalDate monday, DayOfWeek day) {
        return monday.plusDays(day.getValue() - 1L);
    }

    private static Map<Long, List<PupilRef>> pupilsBySession(SessionStore store, long school, long version) {
        Map<Long, List<PupilRef>> pupils = new HashMap<>();
        for (SessionStore.SessionPupil p : store.pupilsOfVersion(school, version)) {
            pupils.computeIfAbsent(p.publishedSessionId(), k -> new ArrayList<>()).add(ref(p));
        }
        return pupils;
    }

    /**
     * The current record of each pair's session in the week, whatever day it was recorded on: a
     * session recorded on its old day before the coordinator moved it shows as recorded.
     */
    private static Map<String, RecordView> recordsByPairInWeek(Handle h, long school, LocalDate monday) {
        List<SessionStore.RecordRow> rows = h.attach(SessionStore.class).currentRecords(school, monday, monday.plusDays(6));
        List<RecordView> views = views(h, school, rows);
        Map<String, RecordView> byPair = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            // rows come by date, so the latest date of the week wins
            byPair.put(pairKey(rows.get(i).pairId(), rows.get(i).sessionIndex()), views.get(i));
        }
        return byPair;
    }

    // --- recording ------------------------------------------------------------------------------------

    /** Stores a record (or finds it again when the same record id comes twice); a new record id is a correction. */
    public RecordResult record(CurrentUser user, long publishedSessionId, LocalDate date, RecordRequest request) {
        long school = user.school();
        try {
            return jdbi.inTransaction(h -> record(h, user, school, publishedSessionId, date, request));
        } catch (StatementException e) {
            if (!isUniqueKeyViolation(e)) {
                throw e;
            }
            // Two requests raced past the checks: the unique keys let one in. A resend finds the stored row.
            Optional<RecordResult> stored = jdbi.withHandle(h -> h.attach(SessionStore.class)
                    .recordByRecordId(school, request.recordId())
                    .map(row -> new RecordResult(true, views(h, school, List.of(row)).get(0))));
            return stored.orElseThrow(() -> new ProblemException(409,
                    "Someone else recorded this session at the same moment. Reload and try again.", List.of()));
        }
    }

    private static boolean isUniqueKeyViolation(StatementException e) {
        // SQLState class 23: integrity constraint violation (here: the record id or the version number taken)
        return e.getCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("23");
    }

    private RecordResult record(Handle h, CurrentUser user, long school, long publishedSessionId, LocalDate date,
                                RecordRequest request) {
        SessionStore store = h.attach(SessionStore.class);
        SessionStore.PublishedSession session = sessionReachableBy(store, user, publishedSessionId);
        validateRecordId(request.recordId());
        Optional<SessionStore.RecordRow> earlier = store.recordByRecordId(school, request.recordId());
        if (earlier.isPresent()) {
            SessionStore.RecordRow row = earlier.get();
            if (row.pairId() != session.pairId() || row.sessionIndex() != session.sessionIndex() || !row.sessionDate().equals(date)) {
                throw new ProblemException(409, "recordId " + request.recordId()
                        + " was already used for another session or date; make a new id for each record.", List.of());
            }
            return new RecordResult(true, views(h, school, List.of(row)).get(0));
        }
        validateDate(session, date);
        List<SessionStore.SessionPupil> pupils = store.pupilsOfSession(school, session.id());
        ValidRecord valid = validate(request, pupils);
        int version = store.newestVersionNumber(school, session.pairId(), session.sessionIndex(), date) + 1;
        long rowId = store.insertRecord(new SessionStore.NewRecord(school, request.recordId(), session.id(), session.pairId(),
                session.sessionIndex(), date, session.tutorId(), valid.held(), valid.cancelReason(), valid.minutes(),
                valid.topic(), valid.note(), user.userId(), clock.instant()), version);
        store.insertAttendance(rowId, school, valid.attendance());
        SessionStore.RecordRow stored = store.recordByRecordId(school, request.recordId()).orElseThrow();
        return new RecordResult(false, views(h, school, List.of(stored)).get(0));
    }

    /** Every version of one session's record on one date; the last is the one that counts. */
    public RecordHistory history(CurrentUser user, long publishedSessionId, LocalDate date) {
        long school = user.school();
        return jdbi.withHandle(h -> {
            SessionStore store = h.attach(SessionStore.class);
            SessionStore.PublishedSession session = sessionReachableBy(store, user, publishedSessionId);
            List<RecordView> versions = views(h, school, store.recordHistory(school, session.pairId(), session.sessionIndex(), date));
            return new RecordHistory(versions.isEmpty() ? null : versions.get(versions.size() - 1), versions);
        });
    }

    /** The published session, if it is in the user's school and, for a tutor, one of their own. */
    private static SessionStore.PublishedSession sessionReachableBy(SessionStore store, CurrentUser user, long publishedSessionId) {
        SessionStore.PublishedSession session = store.publishedSession(user.school(), publishedSessionId)
                .orElseThrow(() -> ProblemException.notFound("The session"));
        if (user.role() == Role.TUTOR && !Objects.equals(session.tutorUserId(), user.userId())) {
            throw new ForbiddenResponse("You can record and read your own sessions only.");
        }
        return session;
    }

    private record ValidRecord(boolean held, String cancelReason, int minutes, String topic, String note,
                               List<SessionStore.AttendanceRow> attendance) {
    }

    private static void validateRecordId(String recordId) {
        if (recordId == null || !recordId.matches("[A-Za-z0-9_-]{8,64}")) {
            throw ProblemException.badRequest("recordId must be 8–64 letters, digits, - or _ (a UUID made by the browser).");
        }
    }

    private void validateDate(SessionStore.PublishedSession session, LocalDate date) {
        if (!session.placed()) {
            throw ProblemException.badRequest("This session has no day in the published week, so it cannot be recorded.");
        }
        if (date.getDayOfWeek() != session.day()) {
            throw ProblemException.badRequest("This session is on " + session.day().name().toLowerCase(Locale.ROOT) + "s; "
                    + date + " is a " + date.getDayOfWeek().name().toLowerCase(Locale.ROOT) + ".");
        }
        LocalDate today = today();
        if (date.isAfter(today)) {
            throw ProblemException.badRequest("A session can be recorded on its day or later, not before (" + date + ").");
        }
        if (date.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw ProblemException.badRequest("Sessions older than a year cannot be recorded (" + date + ").");
        }
    }

    private static ValidRecord validate(RecordRequest request, List<SessionStore.SessionPupil> pupils) {
        if (request.held() == null) {
            throw ProblemException.badRequest("held must be true (the session took place) or false (it was cancelled).");
        }
        String topic = trimmed(request.topic(), 100, "topic");
        String note = trimmed(request.note(), 1000, "note");
        List<AttendanceEntry> given = request.attendance() == null ? List.of() : request.attendance();
        Set<Long> sessionPupils = pupils.stream().map(SessionStore.SessionPupil::pupilId).collect(Collectors.toSet());
        if (!request.held()) {
            if (request.cancelReason() == null || !CANCEL_REASONS.contains(request.cancelReason())) {
                throw ProblemException.badRequest("A cancelled session needs cancelReason, one of " + sorted(CANCEL_REASONS) + ".");
            }
            if (request.minutes() != null && request.minutes() != 0) {
                throw ProblemException.badRequest("A cancelled session gave no minutes; leave minutes empty or 0.");
            }
            if (!given.isEmpty()) {
                throw ProblemException.badRequest("A cancelled session has no attendance; leave attendance empty.");
            }
            // The pupils are still listed (without a status): they missed this session.
            List<SessionStore.AttendanceRow> missed = sessionPupils.stream().sorted()
                    .map(pupil -> new SessionStore.AttendanceRow(0, pupil, null)).toList();
            return new ValidRecord(false, request.cancelReason(), 0, topic, note, missed);
        }
        if (request.cancelReason() != null) {
            throw ProblemException.badRequest("A session that was held has no cancelReason.");
        }
        if (request.minutes() == null || request.minutes() < 1 || request.minutes() > MAX_MINUTES) {
            throw ProblemException.badRequest("minutes must be the minutes actually given, 1–" + MAX_MINUTES + ".");
        }
        Map<Long, String> statuses = new LinkedHashMap<>();
        for (AttendanceEntry entry : given) {
            if (entry == null || entry.pupilId() == null || !sessionPupils.contains(entry.pupilId())) {
                throw ProblemException.badRequest("attendance names a pupil who is not in this session ("
                        + (entry == null ? null : entry.pupilId()) + ").");
            }
            if (entry.status() == null || !ATTENDANCE.contains(entry.status())) {
                throw ProblemException.badRequest("The attendance of pupil " + entry.pupilId() + " must be one of "
                        + sorted(ATTENDANCE) + ".");
            }
            if (statuses.put(entry.pupilId(), entry.status()) != null) {
                throw ProblemException.badRequest("Pupil " + entry.pupilId() + " appears twice in attendance.");
            }
        }
        if (!statuses.keySet().equals(sessionPupils)) {
            throw ProblemException.badRequest("Give the attendance of every pupil in this session (" + sessionPupils.size()
                    + " pupils, " + statuses.size() + " given).");
        }
        List<SessionStore.AttendanceRow> rows = statuses.entrySet().stream()
                .map(e -> new SessionStore.AttendanceRow(0, e.getKey(), e.getValue())).toList();
        return new ValidRecord(true, null, request.minutes(), topic, note, rows);
    }

    // --- contacts -----------------------------------------------------------------------------------------

    public ContactView addContact(CurrentUser tutor, ContactRequest request) {
        long school = tutor.school();
        if (request.pupilId() == null) {
            throw ProblemException.badRequest("pupilId is missing.");
        }
        return jdbi.inTransaction(h -> {
            SessionStore store = h.attach(SessionStore.class);
            requirePupilReachable(store, tutor, request.pupilId());
            if (request.kind() == null || !CONTACT_KINDS.contains(request.kind())) {
                throw ProblemException.badRequest("kind must be one of " + sorted(CONTACT_KINDS) + ".");
            }
            if (request.channel() == null || !CONTACT_CHANNELS.contains(request.channel())) {
                throw ProblemException.badRequest("channel must be one of " + sorted(CONTACT_CHANNELS) + ".");
            }
            LocalDate today = today();
            if (request.date() == null || request.date().isAfter(today) || request.date().isBefore(today.minusDays(MAX_DAYS_BACK))) {
                throw ProblemException.badRequest("date must be the day of the contact: today or earlier, within a year.");
            }
            long id = store.insertContact(school, request.pupilId(), request.kind(), request.date(), request.channel(),
                    trimmed(request.note(), 1000, "note"), tutor.userId(), clock.instant());
            return store.contacts(school, request.pupilId()).stream().filter(c -> c.id() == id).findFirst()
                    .map(SessionService::view).orElseThrow();
        });
    }

    /** For a tutor: the contacts of their own pupils (or one of them); for a coordinator: the school's (or one pupil's). */
    public List<ContactView> contacts(CurrentUser user, Long pupilId) {
        long school = user.school();
        return jdbi.withHandle(h -> {
            SessionStore store = h.attach(SessionStore.class);
            if (pupilId != null) {
                requirePupilReachable(store, user, pupilId);
                return store.contacts(school, pupilId).stream().map(SessionService::view).toList();
            }
            if (user.role() != Role.TUTOR) {
                return store.contacts(school, null).stream().map(SessionService::view).toList();
            }
            List<SessionStore.VersionRow> versions = store.newestTwoVersions(school);
            if (versions.isEmpty()) {
                return List.<ContactView>of();
            }
            return store.contactsOfTutorsPupils(school, versions.get(0).id(), user.userId()).stream()
                    .map(SessionService::view).toList();
        });
    }

    /** A pupil of the school (404 otherwise) who, for a tutor, is in one of their published sessions (403 otherwise). */
    private static void requirePupilReachable(SessionStore store, CurrentUser user, long pupilId) {
        long school = user.school();
        if (!store.pupilExists(school, pupilId)) {
            throw ProblemException.notFound("The pupil");
        }
        if (user.role() == Role.TUTOR) {
            List<SessionStore.VersionRow> versions = store.newestTwoVersions(school);
            if (versions.isEmpty() || !store.tutorsPupil(school, versions.get(0).id(), user.userId(), pupilId)) {
                throw new ForbiddenResponse("You can see and log contacts of your own pupils only.");
            }
        }
    }

    // --- dosage ------------------------------------------------------------------------------------------

    /** Planned, given and attended sessions and minutes per pupil and tutor over [from, to]; see {@link Dosage}. */
    public DosageReport dosage(long school, LocalDate from, LocalDate to) {
        LocalDate today = today();
        LocalDate start = from == null ? Dosage.weekStart(today) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to (" + end + ") lies before from (" + start + ").");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DOSAGE_DAYS) {
            throw ProblemException.badRequest("Choose a range of at most " + MAX_DOSAGE_DAYS + " days.");
        }
        return jdbi.withHandle(h -> {
            SessionStore store = h.attach(SessionStore.class);
            List<SessionStore.VersionRow> versions = store.newestTwoVersions(school);
            List<Dosage.PlannedSession> week = versions.isEmpty() ? List.of() : plannedWeek(store, school, versions.get(0).id());
            List<Dosage.RecordedSession> records = recordedSessions(store, school, start, end);
            Dosage.Result result = Dosage.compute(week, records, start, end);

            List<Long> pupilIds = result.pupils().stream().map(Dosage.PupilDosage::pupilId).toList();
            Map<Long, SessionStore.PupilName> names = pupilIds.isEmpty() ? Map.of() : store.pupilNames(school, pupilIds).stream()
                    .collect(Collectors.toMap(SessionStore.PupilName::id, Function.identity()));
            Map<Long, String> tutorNames = store.tutorNames(school).stream()
                    .collect(Collectors.toMap(SessionStore.TutorName::id, SessionStore.TutorName::name));
            List<PupilLine> pupils = result.pupils().stream()
                    .filter(d -> names.containsKey(d.pupilId()))
                    .map(d -> {
                        SessionStore.PupilName name = names.get(d.pupilId());
                        return new PupilLine(d.pupilId(), name.firstName() + " " + name.lastName(), name.classCode(), d);
                    })
                    .sorted(Comparator.comparing(PupilLine::classCode).thenComparing(PupilLine::name))
                    .toList();
            List<TutorLine> tutors = result.tutors().stream()
                    .map(d -> new TutorLine(d.tutorId(), tutorNames.getOrDefault(d.tutorId(), "?"), d))
                    .sorted(Comparator.comparing(TutorLine::name))
                    .toList();
            return new DosageReport(start, end, versions.isEmpty() ? null : versions.get(0).versionNumber(),
                    Dosage.TARGET_PERCENT, pupils, tutors);
        });
    }

    private static List<Dosage.PlannedSession> plannedWeek(SessionStore store, long school, long version) {
        Map<Long, List<Long>> pupils = new HashMap<>();
        store.pupilsOfVersion(school, version)
                .forEach(p -> pupils.computeIfAbsent(p.publishedSessionId(), k -> new ArrayList<>()).add(p.pupilId()));
        return store.sessionsOfVersion(school, version).stream()
                .filter(SessionStore.PublishedSession::placed)
                .map(s -> new Dosage.PlannedSession(s.pairId(), s.sessionIndex(), s.tutorId(), s.day(), s.plannedMinutes(),
                        pupils.getOrDefault(s.id(), List.of())))
                .toList();
    }

    private static List<Dosage.RecordedSession> recordedSessions(SessionStore store, long school, LocalDate from, LocalDate to) {
        List<SessionStore.RecordRow> rows = store.currentRecords(school, from, to);
        Map<Long, Map<Long, String>> attendance = attendanceByRow(store, school, rows);
        return rows.stream().map(r -> new Dosage.RecordedSession(r.pairId(), r.sessionIndex(), r.sessionDate(), r.tutorId(),
                r.held(), r.cancelReason(), r.minutes(), attendance.getOrDefault(r.id(), Map.of()))).toList();
    }

    // --- views ---------------------------------------------------------------------------------------------

    private static Map<Long, Map<Long, String>> attendanceByRow(SessionStore store, long school, List<SessionStore.RecordRow> rows) {
        Map<Long, Map<Long, String>> byRow = new HashMap<>();
        if (rows.isEmpty()) {
            return byRow;
        }
        for (SessionStore.AttendanceRow a : store.attendance(school, rows.stream().map(SessionStore.RecordRow::id).toList())) {
            // HashMap, not Map.of: a cancelled session lists its pupils with a null status.
            byRow.computeIfAbsent(a.recordRowId(), k -> new HashMap<>()).put(a.pupilId(), a.status());
        }
        return byRow;
    }

    private static List<RecordView> views(Handle h, long school, List<SessionStore.RecordRow> rows) {
        SessionStore store = h.attach(SessionStore.class);
        Map<Long, Map<Long, String>> attendance = attendanceByRow(store, school, rows);
        Set<Long> pupilIds = new HashSet<>();
        attendance.values().forEach(a -> pupilIds.addAll(a.keySet()));
        Map<Long, SessionStore.PupilName> names = pupilIds.isEmpty() ? Map.of() : store.pupilNames(school, List.copyOf(pupilIds))
                .stream().collect(Collectors.toMap(SessionStore.PupilName::id, Function.identity()));
        return rows.stream().map(r -> new RecordView(r.recordId(), r.publishedSessionId(), r.sessionDate(), r.versionNumber(),
                r.held(), r.cancelReason(), r.minutes(), r.topic(), r.note(),
                attendance.getOrDefault(r.id(), Map.of()).entrySet().stream()
                        .map(e -> new AttendanceView(e.getKey(), name(names.get(e.getKey())), e.getValue()))
                        .sorted(Comparator.comparing(AttendanceView::name))
                        .toList(),
                r.recordedByName(), r.recordedAt())).toList();
    }

    private static ContactView view(SessionStore.ContactRow c) {
        return new ContactView(c.id(), c.pupilId(), c.firstName() + " " + c.lastName(), c.kind(), c.contactDate(), c.channel(),
                c.note(), c.recordedByName(), c.recordedAt());
    }

    private static PupilRef ref(SessionStore.SessionPupil p) {
        return new PupilRef(p.pupilId(), p.firstName() + " " + p.lastName(), p.classCode());
    }

    private static String name(SessionStore.PupilName pupil) {
        return pupil == null ? "?" : pupil.firstName() + " " + pupil.lastName();
    }

    private static String pairKey(long pairId, int sessionIndex) {
        return pairId + "#" + sessionIndex;
    }

    private static String trimmed(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw ProblemException.badRequest(field + " may be at most " + max + " characters.");
        }
        return value;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
