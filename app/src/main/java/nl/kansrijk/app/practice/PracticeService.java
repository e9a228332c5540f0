package nl.kansrijk.app.practice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.kansrijk.adaptive.engine.Answer;
import nl.kansrijk.adaptive.engine.EloEngine;
import nl.kansrijk.adaptive.engine.EngineSettings;
import nl.kansrijk.adaptive.engine.TwoChainRating;
import nl.kansrijk.adaptive.engine.TwoChainUpdate;
import nl.kansrijk.adaptive.items.Domain;
import nl.kansrijk.adaptive.items.Item;
import nl.kansrijk.adaptive.items.ItemBank;
import nl.kansrijk.adaptive.items.ItemImportResult;
import nl.kansrijk.adaptive.items.ItemRowParser;
import nl.kansrijk.adaptive.items.SourceRow;
import nl.kansrijk.adaptive.items.Level;
import nl.kansrijk.adaptive.selection.Difficulty;
import nl.kansrijk.adaptive.selection.ItemCandidate;
import nl.kansrijk.adaptive.selection.ItemSelector;
import nl.kansrijk.adaptive.selection.Selection;
import nl.kansrijk.adaptive.selection.SelectionSettings;
import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.app.roster.importer.CsvTable;
import nl.kansrijk.app.roster.importer.ImportProblem;
import nl.kansrijk.app.roster.RosterStore;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adaptive practice: picks each pupil's next item and turns an answer into rating changes
 * (adaptive module), storing the answer and the new ratings in one transaction. Item and pupil
 * ratings are cached in memory as a write-through copy of the database, because every selection
 * looks at all items of a domain.
 */
public final class PracticeService {

    /** Items the generated bank holds per domain; a school's own items come on top. */
    public static final int ITEMS_PER_DOMAIN = 2000;
    public static final long BANK_SEED = 20111001L;
    private static final int RECENT_ITEMS = 20;
    private static final int MAX_PREFETCH = 5;
    private static final long TIME_LIMIT_MS = EngineSettings.DEFAULT_TIME_LIMIT.toMillis();

    /** What the browser needs to show an item and, offline, to give feedback on it. */
    public record ItemView(String itemId, String domain, String prompt, String instructionKey, String answer,
                           long timeLimitMillis) {
    }

    public record AnswerRequest(String answerId, String itemId, String answer, Long responseMillis, String difficulty,
                                Instant answeredAt) {
    }

    public record Feedback(String answerId, boolean duplicate, String outcome, boolean correct, String correctAnswer,
                           double score, double ratingBefore, double ratingAfter, int displayRating, long answers,
                           List<ItemView> next) {
    }

    public record DomainRating(String domain, double rating, int displayRating, long answers, Instant lastAnswerAt) {
    }

    public record RatingPoint(Instant at, double rating, int displayRating) {
    }

    private static final class ItemState {
        final Item item;
        volatile TwoChainRating rating;
        volatile long uses;
        volatile long version;

        ItemState(Item item, TwoChainRating rating, long uses, long version) {
            this.item = item;
            this.rating = rating;
            this.uses = uses;
            this.version = version;
        }
    }

    private static final class PupilState {
        final long school;
        TwoChainRating rating;
        final Deque<String> recent = new ArrayDeque<>();

        PupilState(long school) {
            this.school = school;
        }
    }

    /** What an item import stored. */
    public record ItemImportSummary(int items, Map<String, Integer> byDomain) {
    }

    private record PupilDomain(long pupil, Domain domain) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final EloEngine engine = new EloEngine(EngineSettings.defaults());
    private final Map<String, ItemState> items = new ConcurrentHashMap<>();
    private final Map<Domain, List<ItemState>> itemsByDomain = new HashMap<>();
    private final Map<PupilDomain, PupilState> pupils = new ConcurrentHashMap<>();
    private static final long CANDIDATE_REFRESH_NANOS = 250_000_000L;

    private record CandidateSnapshot(long builtAt, List<ItemCandidate> candidates) {
    }

    private final Map<String, CandidateSnapshot> candidateCache = new ConcurrentHashMap<>();
    /** Each school's own items per domain; replaced as a whole on import, so readers never see half a list. */
    private final Map<Long, Map<Domain, List<ItemState>>> schoolItems = new ConcurrentHashMap<>();
    private final ThreadLocal<ItemSelector> selectors;
    private final MeterRegistry registry;
    private final Timer answerTimer;
    private final AnswerWriter writer;
    private final Counter ratingUpdates;

    public PracticeService(Jdbi jdbi, Clock clock, MeterRegistry registry) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.registry = registry;
        SplittableRandom seeds = new SplittableRandom();
        this.selectors = ThreadLocal.withInitial(() -> new ItemSelector(engine.model(), SelectionSettings.defaults(),
                seeds.split()));
        this.answerTimer = Timer.builder("kansrijk.practice.answer").description("Handling one practice answer")
                .publishPercentileHistogram().register(registry);
        this.writer = new AnswerWriter(jdbi, registry);
        this.ratingUpdates = Counter.builder("kansrijk.practice.rating.updates")
                .description("Ratings changed by answers (pupil, item and partner item)").register(registry);
        loadItems();
    }

    /** Stores what is still queued; called when the service stops. */
    public void close() {
        writer.close();
    }

    /** The generated bank, with ratings from the database; items never seen before are stored at their starting difficulty. */
    private void loadItems() {
        ItemBank bank = ItemBank.generate(BANK_SEED, ITEMS_PER_DOMAIN);
        Map<String, PracticeStore.RatingRow> stored = new HashMap<>();
        jdbi.onDemand(PracticeStore.class).itemRatings().forEach(row -> stored.put(row.key(), row));
        List<PracticeStore.NewItem> unseen = new ArrayList<>();
        for (Item item : bank.allItems()) {
            PracticeStore.RatingRow row = stored.get(item.id());
            ItemState state = row == null ? new ItemState(item, TwoChainRating.initial(item.startingDifficulty()), 0, 0)
                    : new ItemState(item, row.rating(), row.useCount(), row.version());
            if (row == null) {
                unseen.add(new PracticeStore.NewItem(item.id(), item.domain().code(), item.startingDifficulty()));
            }
            items.put(item.id(), state);
            itemsByDomain.computeIfAbsent(item.domain(), d -> new ArrayList<>()).add(state);
        }
        if (!unseen.isEmpty()) {
            jdbi.useExtension(PracticeStore.class, store -> store.insertItems(unseen));
        }
        Map<Long, List<PracticeStore.SchoolItemRow>> bySchool = new LinkedHashMap<>();
        jdbi.onDemand(PracticeStore.class).schoolItems()
                .forEach(row -> bySchool.computeIfAbsent(row.schoolId(), k -> new ArrayList<>()).add(row));
        bySchool.forEach((school, rows) -> {
            ItemImportResult parsed = parseSchoolItems(rows.stream().map(PracticeStore.SchoolItemRow::cells).toList());
            addSchoolItems(school, parsed.items(), stored);
        });
    }

    /**
     * Imports a school's own items from a CSV (columns in adaptive/README.md): all or nothing, every
     * problem with its line and column. Items with an id the school used before are updated.
     */
    public ItemImportSummary importItems(long school, CsvTable table) {
        List<String[]> cells = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            cells.add(table.columns().stream().map(column -> row.values().getOrDefault(column, "")).toArray(String[]::new));
            lines.add((long) row.line());
        }
        List<SourceRow> source = new ArrayList<>();
        source.add(SourceRow.of(1, table.columns().toArray(String[]::new)));
        for (int i = 0; i < cells.size(); i++) {
            source.add(SourceRow.of(lines.get(i), cells.get(i)));
        }
        ItemImportResult parsed = new ItemRowParser().parse(source);
        if (!parsed.isAccepted()) {
            List<ImportProblem> problems = parsed.errors().stream().map(error -> new ImportProblem(table.fileName(),
                    (int) error.lineNumber(), table.columnNumber(error.column()), error.column(), "itemRow", Map.of(),
                    error.message())).toList();
            throw new ProblemException(422, problems.size() + " problem(s) in the item file; nothing was stored.", problems);
        }
        List<PracticeStore.SchoolItemRow> rows = parsed.items().stream().map(item -> schoolItemRow(school, item, table, source))
                .toList();
        Map<String, PracticeStore.RatingRow> stored = new HashMap<>();
        jdbi.useTransaction(h -> {
            PracticeStore store = h.attach(PracticeStore.class);
            List<PracticeStore.NewItem> unseen = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String key = schoolKey(school, parsed.items().get(i).id());
                store.saveSchoolItem(rows.get(i), key);
                if (store.countItemRatings(key) == 0) {
                    unseen.add(new PracticeStore.NewItem(key, parsed.items().get(i).domain().code(),
                            parsed.items().get(i).startingDifficulty()));
                }
            }
            if (!unseen.isEmpty()) {
                store.insertItems(unseen);
            }
            store.itemRatings().forEach(row -> stored.put(row.key(), row));
        });
        List<PracticeStore.SchoolItemRow> all = jdbi.onDemand(PracticeStore.class).schoolItems().stream()
                .filter(row -> row.schoolId() == school).toList();
        addSchoolItems(school, parseSchoolItems(all.stream().map(PracticeStore.SchoolItemRow::cells).toList()).items(), stored);
        Map<String, Integer> byDomain = new LinkedHashMap<>();
        parsed.items().forEach(item -> byDomain.merge(item.domain().code(), 1, Integer::sum));
        return new ItemImportSummary(parsed.items().size(), byDomain);
    }

    private PracticeStore.SchoolItemRow schoolItemRow(long school, Item item, CsvTable table, List<SourceRow> source) {
        String[] header = source.get(0).cells();
        String[] cells = source.stream().skip(1).filter(row -> cell(header, row.cells(), "id").equals(item.id()))
                .findFirst().orElseThrow().cells();
        return new PracticeStore.SchoolItemRow(school, item.id(), cell(header, cells, "domain"), cell(header, cells, "prompt"),
                cell(header, cells, "answer"), cell(header, cells, "answer_type"), cell(header, cells, "level"),
                cell(header, cells, "difficulty"), cell(header, cells, "instruction_key"));
    }

    private static String cell(String[] header, String[] cells, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i < cells.length ? cells[i] : "";
            }
        }
        return "";
    }

    private static ItemImportResult parseSchoolItems(List<String[]> cells) {
        List<SourceRow> source = new ArrayList<>();
        source.add(SourceRow.of(1, PracticeStore.SchoolItemRow.HEADER));
        for (int i = 0; i < cells.size(); i++) {
            source.add(SourceRow.of(i + 2L, cells.get(i)));
        }
        return new ItemRowParser().parse(source);
    }

    private void addSchoolItems(long school, List<Item> parsed, Map<String, PracticeStore.RatingRow> stored) {
        Map<Domain, List<ItemState>> byDomain = new HashMap<>();
        for (Item original : parsed) {
            String key = schoolKey(school, original.id());
            Item item = new Item(key, original.domain(), original.level(), original.prompt(), original.instructionKey(),
                    original.answer(), original.startingDifficulty());
            PracticeStore.RatingRow row = stored.get(key);
            ItemState existing = items.get(key);
            ItemState state = existing != null ? existing
                    : row == null ? new ItemState(item, TwoChainRating.initial(item.startingDifficulty()), 0, 0)
                    : new ItemState(item, row.rating(), row.useCount(), row.version());
            items.put(key, state);
            byDomain.computeIfAbsent(item.domain(), d -> new ArrayList<>()).add(state);
        }
        byDomain.replaceAll((domain, list) -> List.copyOf(list));
        schoolItems.put(school, Map.copyOf(byDomain));
        candidateCache.keySet().removeIf(key -> key.startsWith(school + "|"));
    }

    /** Generated items are everyone's; a school's own items only its pupils'. */
    private static boolean visibleTo(ItemState item, long school) {
        String id = item.item.id();
        return !id.matches("s\\d+/.*") || id.startsWith("s" + school + "/");
    }

    private static String schoolKey(long school, String id) {
        return "s" + school + "/" + id;
    }

    public List<DomainRating> ratings(long school, long pupil) {
        Map<String, PracticeStore.DomainSummary> summaries = new HashMap<>();
        jdbi.onDemand(PracticeStore.class).summaries(pupil).forEach(s -> summaries.put(s.domain(), s));
        List<DomainRating> ratings = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            PupilState state = pupilState(school, pupil, domain);
            double rating;
            synchronized (state) {
                rating = state.rating.estimate();
            }
            PracticeStore.DomainSummary summary = summaries.get(domain.code());
            ratings.add(new DomainRating(domain.code(), rating, display(rating), summary == null ? 0 : summary.answers(),
                    summary == null ? null : summary.lastAnswerAt()));
        }
        return ratings;
    }

    /** At most this many points per domain in a growth chart: a pupil's whole history would outgrow the page budget. */
    static final int CHART_POINTS = 60;

    /** The pupil's rating over time per domain for the growth chart: evenly thinned, always ending at the newest answer. */
    public Map<String, List<RatingPoint>> history(long pupil) {
        Map<String, List<RatingPoint>> series = new LinkedHashMap<>();
        for (PracticeStore.RatingPoint point : jdbi.onDemand(PracticeStore.class).history(pupil)) {
            series.computeIfAbsent(point.domain(), d -> new ArrayList<>())
                    .add(new RatingPoint(point.answeredAt(), point.thetaAfter(), display(point.thetaAfter())));
        }
        series.replaceAll((domain, points) -> thin(points, CHART_POINTS));
        return series;
    }

    static <T> List<T> thin(List<T> points, int max) {
        if (points.size() <= max) {
            return points;
        }
        List<T> thinned = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            thinned.add(points.get((int) Math.round(i * (points.size() - 1) / (double) (max - 1))));
        }
        return thinned;
    }

    /** Items to practise next: the first is the one to show, the rest are for when the connection drops. */
    public List<ItemView> next(long school, long pupil, String domainCode, String difficultyName, int count) {
        Domain domain = domain(domainCode);
        Difficulty difficulty = difficulty(difficultyName);
        PupilState state = pupilState(school, pupil, domain);
        synchronized (state) {
            return select(state, domain, difficulty, Math.max(1, Math.min(MAX_PREFETCH, count)));
        }
    }

    /** Stores one answer and the rating changes it causes; the same answer id a second time changes nothing. */
    public Feedback answer(long school, long pupil, String domainCode, AnswerRequest request) {
        Timer.Sample sample = Timer.start(registry);
        Domain domain = domain(domainCode);
        Difficulty difficulty = difficulty(request.difficulty());
        validate(request);
        PupilState state = pupilState(school, pupil, domain);
        try {
            synchronized (state) {
                PracticeStore store = jdbi.onDemand(PracticeStore.class);
                Optional<PracticeStore.AnswerRow> earlier = store.answer(pupil, request.answerId());
                if (earlier.isPresent()) {
                    return feedback(earlier.get(), true, state, domain, difficulty);
                }
                ItemState item = items.get(request.itemId());
                if (item == null || item.item.domain() != domain || !visibleTo(item, school)) {
                    throw ProblemException.badRequest("The item " + request.itemId() + " is not a " + domain.code() + " item.");
                }
                Answer answer = new Answer(outcome(item.item, request), Duration.ofMillis(Math.min(request.responseMillis(),
                        TIME_LIMIT_MS)), answeredAt(request));
                String partnerId = state.recent.size() >= 2 ? state.recent.stream().skip(1).findFirst().orElse(null) : null;
                ItemState partner = partnerId == null || partnerId.equals(item.item.id()) ? null : items.get(partnerId);
                PracticeStore.AnswerRow row = record(school, pupil, domain, difficulty, request, state, item, partner, answer);
                state.recent.addFirst(item.item.id());
                while (state.recent.size() > RECENT_ITEMS) {
                    state.recent.removeLast();
                }
                Counter.builder("kansrijk.practice.answers").tag("outcome", row.outcome()).register(registry).increment();
                return feedback(row, false, state, domain, difficulty);
            }
        } finally {
            sample.stop(answerTimer);
        }
    }

    /**
     * Updates the ratings in memory under the items' locks (taken in id order, so two answers never
     * wait on each other in a circle), then stores the answer through the group committer and waits
     * for the commit. The items' versions keep an older write from replacing a newer one.
     */
    private PracticeStore.AnswerRow record(long school, long pupil, Domain domain, Difficulty difficulty, AnswerRequest request,
                                           PupilState state, ItemState item, ItemState partner, Answer answer) {
        List<ItemState> locked = new ArrayList<>();
        locked.add(item);
        if (partner != null) {
            locked.add(partner);
        }
        locked.sort(Comparator.comparing(s -> s.item.id()));
        AnswerWriter.Write write = lockAll(locked, 0, () -> {
            TwoChainUpdate update = engine.update(state.rating, item.rating, partner == null ? null : partner.rating, answer);
            PracticeStore.AnswerRow row = new PracticeStore.AnswerRow(request.answerId(), domain.code(), item.item.id(),
                    truncate(request.answer()), answer.outcome().name(), (int) answer.responseTime().toMillis(),
                    difficulty.name(), answer.answeredAt(), update.score(), update.expectedScore(), update.thetaBefore(),
                    update.thetaAfter(), update.betaBefore(), update.betaAfter());
            item.rating = update.itemAfter();
            item.uses++;
            item.version++;
            List<PracticeStore.RatingRow> itemRows = new ArrayList<>();
            itemRows.add(PracticeStore.RatingRow.of(item.item.id(), item.rating, item.uses, item.version));
            if (partner != null && update.partnerAfter() != null) {
                partner.rating = update.partnerAfter();
                partner.version++;
                itemRows.add(PracticeStore.RatingRow.of(partner.item.id(), partner.rating, partner.uses, partner.version));
            }
            state.rating = update.pupilAfter();
            ratingUpdates.increment(update.hasPartner() ? 3 : 2);
            return new AnswerWriter.Write(school, pupil, row, clock.instant(), partner == null ? null : partner.item.id(),
                    PracticeStore.RatingRow.of(domain.code(), update.pupilAfter(), 0, 0), itemRows);
        });
        try {
            writer.submit(write).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // Not stored: forget the pupil's cached state so it is read back from the database next time.
            pupils.remove(new PupilDomain(pupil, domain));
            throw new ProblemException(503, "The answer could not be stored; send it again.", List.of());
        }
        return write.answer();
    }

    private static <T> T lockAll(List<ItemState> states, int index, java.util.function.Supplier<T> action) {
        if (index == states.size()) {
            return action.get();
        }
        synchronized (states.get(index)) {
            return lockAll(states, index + 1, action);
        }
    }

    private Feedback feedback(PracticeStore.AnswerRow row, boolean duplicate, PupilState state, Domain domain,
                              Difficulty difficulty) {
        Item item = items.get(row.itemId()).item;
        boolean correct = row.outcome().equals(Answer.Outcome.CORRECT.name());
        return new Feedback(row.answerId(), duplicate, row.outcome(), correct, item.answer().normalised(), row.score(),
                row.thetaBefore(), row.thetaAfter(), display(row.thetaAfter()), state.rating.answerCount(),
                select(state, domain, difficulty, 1));
    }

    private List<ItemView> select(PupilState state, Domain domain, Difficulty difficulty, int count) {
        int chain = state.rating.selectionChain();
        List<ItemCandidate> candidates = candidates(state.school, domain, chain);
        List<String> avoid = new ArrayList<>(state.recent);
        List<ItemView> chosen = new ArrayList<>();
        Set<String> picked = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Selection selection = selectors.get().select(state.rating.selectionValue(), difficulty, candidates, avoid);
            String id = selection.item().itemId();
            if (!picked.add(id)) {
                break;
            }
            avoid.add(0, id);
            chosen.add(view(items.get(id).item));
        }
        return chosen;
    }

    /**
     * The items a pupil of the school may get in a domain, with their ratings in one chain. Rebuilt at
     * most every {@link #CANDIDATE_REFRESH_NANOS}: selection looks at the whole bank on every answer, and
     * item ratings move far too slowly for a quarter-second-old copy to pick a different item.
     */
    private List<ItemCandidate> candidates(long school, Domain domain, int chain) {
        String key = school + "|" + domain + "|" + chain;
        long now = System.nanoTime();
        CandidateSnapshot snapshot = candidateCache.get(key);
        if (snapshot == null || now - snapshot.builtAt() > CANDIDATE_REFRESH_NANOS) {
            List<ItemState> bank = itemsByDomain.getOrDefault(domain, List.of());
            List<ItemState> own = schoolItems.getOrDefault(school, Map.of()).getOrDefault(domain, List.of());
            List<ItemCandidate> candidates = new ArrayList<>(bank.size() + own.size());
            for (ItemState item : bank) {
                candidates.add(new ItemCandidate(item.item.id(), item.rating.chain(chain).value(), item.uses));
            }
            for (ItemState item : own) {
                candidates.add(new ItemCandidate(item.item.id(), item.rating.chain(chain).value(), item.uses));
            }
            snapshot = new CandidateSnapshot(now, List.copyOf(candidates));
            candidateCache.put(key, snapshot);
        }
        return snapshot.candidates();
    }

    private PupilState pupilState(long school, long pupil, Domain domain) {
        return pupils.computeIfAbsent(new PupilDomain(pupil, domain), key -> jdbi.withHandle(h -> {
            PracticeStore store = h.attach(PracticeStore.class);
            PupilState state = new PupilState(school);
            state.rating = store.pupilRatings(pupil).stream().filter(r -> r.key().equals(domain.code())).findFirst()
                    .map(PracticeStore.RatingRow::rating)
                    .orElseGet(() -> TwoChainRating.initial(startingLevel(h.attach(RosterStore.class), school, pupil)
                            .typicalRating()));
            state.recent.addAll(store.recentItems(pupil, domain.code(), RECENT_ITEMS));
            return state;
        }));
    }

    /** A new pupil starts at the typical rating of their school year (secondary years 1 and 2 and up). */
    private static Level startingLevel(RosterStore roster, long school, long pupil) {
        int year = roster.pupil(school, pupil).map(RosterStore.PupilView::year).orElse(1);
        return Level.fromCode(year <= 1 ? "vo1" : "vo2").orElseThrow();
    }

    private static Answer.Outcome outcome(Item item, AnswerRequest request) {
        String given = request.answer() == null ? "" : request.answer().trim();
        if (request.responseMillis() >= TIME_LIMIT_MS && given.isEmpty()) {
            return Answer.Outcome.TIMED_OUT;
        }
        if (given.equals("?")) {
            return Answer.Outcome.DONT_KNOW;
        }
        if (given.isEmpty()) {
            return Answer.Outcome.TIMED_OUT;
        }
        return item.accepts(given) ? Answer.Outcome.CORRECT : Answer.Outcome.WRONG;
    }

    /** When the pupil answered: the browser's clock for answers kept offline, if it is plausible. */
    private Instant answeredAt(AnswerRequest request) {
        Instant now = clock.instant();
        Instant given = request.answeredAt();
        if (given == null || given.isAfter(now) || given.isBefore(now.minus(Duration.ofDays(7)))) {
            return now;
        }
        return given;
    }

    private static void validate(AnswerRequest request) {
        if (request.answerId() == null || !request.answerId().matches("[A-Za-z0-9_-]{8,64}")) {
            throw ProblemException.badRequest("answerId must be 8–64 letters, digits, - or _ (a UUID made by the browser).");
        }
        if (request.itemId() == null || request.itemId().isBlank()) {
            throw ProblemException.badRequest("itemId is missing.");
        }
        if (request.responseMillis() == null || request.responseMillis() < 0) {
            throw ProblemException.badRequest("responseMillis must be the time the pupil took, in milliseconds.");
        }
    }

    static Domain domain(String code) {
        return Domain.fromCode(code == null ? "" : code)
                .orElseThrow(() -> ProblemException.badRequest("Unknown domain '" + code + "'."));
    }

    static Difficulty difficulty(String name) {
        try {
            return Difficulty.valueOf((name == null ? "MEDIUM" : name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("difficulty must be EASY, MEDIUM or HARD.");
        }
    }

    private static ItemView view(Item item) {
        return new ItemView(item.id(), item.domain().code(), item.prompt(), item.instructionKey(), item.answer().normalised(),
                TIME_LIMIT_MS);
    }

    /** A friendly number for pupils: 500 at the typical groep-6 level, 100 per logit. */
    static int display(double rating) {
        return (int) Math.round(500 + 100 * rating);
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() <= 100 ? text : text.substring(0, 100);
    }
}
