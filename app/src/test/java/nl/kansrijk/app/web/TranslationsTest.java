package nl.kansrijk.app.web;

import nl.kansrijk.app.schedule.SolveService;
import nl.kansrijk.planner.domain.ConstraintWeights;
import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.solver.UnplannedReason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the translations of the pages: Dutch and English have the same keys with the same
 * placeholders, and every key the pages use (in HTML attributes, in {@code t('…')} calls, and
 * in the key families built at run time) exists in both.
 */
class TranslationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path WEB = webDirectory();
    private static final Map<String, String> NL = translations("nl");
    private static final Map<String, String> EN = translations("en");

    /** {@code data-i18n="key"}, {@code data-i18n-placeholder="key"}, {@code data-i18n-aria-label="key"}, … */
    private static final Pattern HTML_KEY = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"");
    /** {@code t('key'} or {@code t("key"} or {@code tryT('key'} with a literal key. */
    private static final Pattern JS_KEY = Pattern.compile("\\b(?:t|tryT)\\(\\s*['\"]([^'\"]+)['\"]");
    /** Any quoted literal shaped like a key ({@code 'codes.confirm'}), to catch keys passed around before t(). */
    private static final Pattern JS_LITERAL = Pattern.compile("['\"]([a-z]+(?:\\.[A-Za-z]+)+)['\"]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** The schedule page's map of planner constraint names to key slugs: {@code const RULES = { 'Tutor conflict': 'tutorConflict', … };}. */
    private static final Pattern RULES_BLOCK = Pattern.compile("const RULES = \\{(.*?)\\n};", Pattern.DOTALL);
    private static final Pattern RULE_ENTRY = Pattern.compile("^\\s*(['\"])(.+?)\\1: '(\\w+)',?$", Pattern.MULTILINE);

    // Keys built at run time from values the API sends (`day.${day}`, `import.problem.${code}`, …).
    private static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    private static final List<String> ROLES = List.of("ADMIN", "COORDINATOR", "TUTOR", "PUPIL", "EVALUATOR");
    private static final List<String> CLASS_KINDS = List.of("CLASS", "TEACHING_GROUP");
    private static final List<String> IMPORT_PROBLEM_CODES = List.of("missingColumn", "required", "notANumber",
            "outOfRange", "badDay", "badTime", "endBeforeStart", "badKind", "badBoolean", "duplicate", "unknownClass",
            "notATeachingGroup", "unknownPupil", "unknownLesson", "unknownPeriod", "unknownFile", "badAvailability",
            "emptyFile", "encoding");
    private static final List<String> IMPORT_ENTITIES = List.of("periods", "classes", "pupils", "groupMembers",
            "lessons", "lessonPupils", "tutors", "rooms");
    private static final List<String> SCORE_LEVELS = List.of("HARD", "MEDIUM", "SOFT");

    @Test
    void dutch_and_english_have_exactly_the_same_keys() {
        assertThat(EN.keySet()).containsExactlyInAnyOrderElementsOf(NL.keySet());
    }

    @Test
    void no_translation_is_empty() {
        assertThat(NL).allSatisfy((key, text) -> assertThat(text).as("nl " + key).isNotBlank());
        assertThat(EN).allSatisfy((key, text) -> assertThat(text).as("en " + key).isNotBlank());
    }

    @Test
    void each_key_has_the_same_placeholders_in_both_languages() {
        for (String key : NL.keySet()) {
            assertThat(placeholders(EN.getOrDefault(key, ""))).as("placeholders of " + key)
                    .isEqualTo(placeholders(NL.get(key)));
        }
    }

    @Test
    void every_key_used_in_a_page_exists_in_both_languages() throws IOException {
        Set<String> used = keysIn("html", HTML_KEY);
        assertThat(used).as("keys found in the HTML files").isNotEmpty();
        assertThat(NL.keySet()).as("nl.json").containsAll(used);
        assertThat(EN.keySet()).as("en.json").containsAll(used);
    }

    @Test
    void every_key_used_in_a_script_exists_in_both_languages() throws IOException {
        Set<String> used = keysIn("js", JS_KEY);
        assertThat(used).as("t('…') keys found in the scripts").isNotEmpty();
        assertThat(NL.keySet()).as("nl.json").containsAll(used);
        assertThat(EN.keySet()).as("en.json").containsAll(used);
    }

    @Test
    void every_key_shaped_literal_in_a_script_exists_when_its_namespace_does() throws IOException {
        Set<String> namespaces = new TreeSet<>();
        for (String key : NL.keySet()) {
            namespaces.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')));
        }
        Set<String> literals = keysIn("js", JS_LITERAL);
        literals.removeIf(literal -> !namespaces.contains(literal.substring(0, literal.indexOf('.'))));
        assertThat(NL.keySet()).as("nl.json").containsAll(literals);
    }

    @Test
    void key_families_built_from_api_values_are_complete() {
        List<String> expected = new ArrayList<>();
        DAYS.forEach(day -> expected.addAll(List.of("day." + day, "day.short." + day)));
        ROLES.forEach(role -> expected.add("role." + role));
        CLASS_KINDS.forEach(kind -> expected.add("class.kind." + kind));
        IMPORT_PROBLEM_CODES.forEach(code -> expected.add("import.problem." + code));
        IMPORT_ENTITIES.forEach(entity -> expected.add("import.entity." + entity));
        SCORE_LEVELS.forEach(level -> expected.add("level." + level));
        Arrays.stream(UnplannedReason.values()).forEach(reason -> expected.add("unplanned." + reason.name()));
        Arrays.stream(SolveService.State.values()).forEach(state -> expected.add("run.state." + state.name()));
        expected.add("run.state.NONE");
        Arrays.stream(SolveService.Mode.values()).forEach(mode -> expected.add("run.mode." + mode.name()));
        Arrays.stream(Programme.values()).forEach(programme -> expected.addAll(List.of("programme." + programme.name(), "programme.short." + programme.name(),
                "enrol.sessions." + programme.name(), "enrol.sessionsHint." + programme.name())));
        assertThat(NL.keySet()).containsAll(expected);
        assertThat(EN.keySet()).containsAll(expected);
    }

    @Test
    void every_planner_rule_has_a_dutch_name_and_sentence_on_the_schedule_page() throws IOException {
        Map<String, String> slugs = scheduleRuleSlugs();
        List<String> expected = new ArrayList<>();
        for (String constraint : plannerConstraintNames()) {
            assertThat(slugs).as("schedule.js RULES maps the planner's constraint name").containsKey(constraint);
            expected.addAll(List.of("schedule.rule." + slugs.get(constraint), "schedule.ruleName." + slugs.get(constraint)));
        }
        assertThat(NL.keySet()).containsAll(expected);
        assertThat(EN.keySet()).containsAll(expected);
    }

    /** Every constraint name the planner declares (the String constants of ConstraintWeights but its package). */
    private static List<String> plannerConstraintNames() {
        List<String> names = new ArrayList<>();
        for (Field field : ConstraintWeights.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("CONSTRAINT_PACKAGE")) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(names).as("the planner's constraint names").hasSizeGreaterThan(20);
        return names;
    }

    private static Map<String, String> scheduleRuleSlugs() throws IOException {
        Matcher block = RULES_BLOCK.matcher(Files.readString(WEB.resolve("js/schedule.js"), StandardCharsets.UTF_8));
        assertThat(block.find()).as("const RULES = {…}; in schedule.js").isTrue();
        Map<String, String> slugs = new LinkedHashMap<>();
        Matcher entry = RULE_ENTRY.matcher(block.group(1));
        while (entry.find()) {
            slugs.put(entry.group(2), entry.group(3));
        }
        return slugs;
    }

    private static Set<String> keysIn(String extension, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path file : files.filter(path -> path.toString().endsWith("." + extension)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A flat JSON object of key → text. */
    private static Map<String, String> translations(String language) {
        try {
            JsonNode root = JSON.readTree(Files.readString(WEB.resolve("i18n/" + language + ".json"), StandardCharsets.UTF_8));
            assertThat(root.isObject()).as(language + ".json is one flat object").isTrue();
            Map<String, String> texts = new TreeMap<>();
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                assertThat(entry.getValue().isString()).as(language + " " + entry.getKey() + " is text").isTrue();
                texts.put(entry.getKey(), entry.getValue().asString());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The web module's sources when run in the reactor (app's working directory), else the classpath copy. */
    private static Path webDirectory() {
        Path sources = Path.of("..", "web", "src", "main", "resources", "web");
        if (Files.isDirectory(sources)) {
            return sources;
        }
        URL resource = TranslationsTest.class.getResource("/web/i18n/nl.json");
        assertThat(resource).as("the web resources on the classpath").isNotNull();
        assertThat(resource.getProtocol()).as("web resources as a directory").isEqualTo("file");
        try {
            return Path.of(resource.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
