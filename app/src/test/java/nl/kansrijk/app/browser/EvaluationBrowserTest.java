package nl.kansrijk.app.browser;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.evaluation.StudyFixture;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluator's journey in a real headless Chromium against the real service with the demo
 * school. Arranged through the API as in EvaluationApiTest: six pupils of class 1A practise
 * addition five days ago and an hour ago, the coordinator enrols the first four. In the browser
 * the evaluator signs in, lands on the evaluation page, creates a study (pre window 6–4 days ago,
 * post window yesterday–today, comparison = the rest of year 1), reads its results (n, missing
 * counts, Hedges' g with its interval in words), downloads both CSV exports (checked on disk:
 * header line, no pupil name, no school pupil number, each download logged), and imports a test
 * file that is first refused with its line and then stored. Screenshots land in
 * {@code target/browser-screenshots/evaluation-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String STUDY_NAME = "HDT rekenen browsertest";
    private static final String LONG_HEADER = "study_id,group,year,planned_minutes_per_week,attended_minutes_per_week,measure,scale,window,value,answers,measured_on";
    private static final String WIDE_HEADER_START = "study_id,group,year,planned_minutes_per_week,attended_minutes_per_week,"
            + "practice_addition_pre,practice_addition_post,practice_addition_gain";
    /** Year 1 of the demo school has 150 pupils (DemoSchool: 6 classes of 25); 4 are tutored, so 146 compare. */
    private static final int COMPARISON_PUPILS = 146;
    /** Of the comparison group only pupils 5 and 6 of 1A practise: 146 − 2 have no pre and no post measure. */
    private static final int COMPARISON_MISSING = 144;

    private static TestServer server;
    private static ApiClient evaluatorApi;
    private static HeadlessChromium browser;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @TempDir
    Path files;

    @BeforeAll
    static void arrangeAStudyAndStartTheBrowser() {
        server = TestServer.startWithDemo();
        StudyFixture.practiseAndEnrol(server.baseUrl());
        evaluatorApi = ApiClient.signedIn(server.baseUrl(), DemoSetup.EVALUATOR, DemoSetup.PASSWORD);
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50));
    }

    @AfterAll
    static void stopBrowserAndService() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void an_evaluator_creates_a_study_reads_n_missing_counts_and_g_with_its_interval_and_downloads_both_csv_exports()
            throws IOException {
        signInAsEvaluator();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#studies-status a[href='#new']")));
        screenshot("evaluation-1-no-studies");

        click(By.id("nav-new"));
        LocalDate today = LocalDate.now(ZONE);
        type(By.id("study-name"), STUDY_NAME);
        typeDate("pre-from", today.minusDays(6));
        typeDate("pre-to", today.minusDays(4));
        typeDate("post-from", today.minusDays(1));
        typeDate("post-to", today);
        assertThat(driver.findElement(By.id("comparison-same")).isSelected()).as("same years is the default").isTrue();
        screenshot("evaluation-2-new-study");
        click(By.id("study-submit"));

        wait.until(ExpectedConditions.urlMatches("#study/\\d+$"));
        wait.until(ExpectedConditions.textToBe(By.id("study-heading"), STUDY_NAME));
        long studyId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*#study/", ""));
        JsonNode addition = additionResults(studyId);
        WebElement overview = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=overview-row][data-measure='practice:addition']")));
        assertThat(overview.getText()).startsWith("Oefenen: optellen").contains("4 van 4", "2 van " + COMPARISON_PUPILS);

        WebElement tutored = groupRow("TUTORED");
        WebElement comparison = groupRow("COMPARISON");
        assertThat(cells(tutored)).as("pupils, both measures, no pre, no post").startsWith("4", "4", "0", "0");
        assertThat(cells(comparison)).as("pupils, both measures, no pre, no post")
                .startsWith(String.valueOf(COMPARISON_PUPILS), "2", String.valueOf(COMPARISON_MISSING), String.valueOf(COMPARISON_MISSING));
        assertThat(cells(tutored).get(6)).as("mean gain, as the API computes it")
                .isEqualTo(dutch(addition.path("tutored").path("meanGain").asDouble()));
        assertThat(text(By.cssSelector("[data-testid=incomplete-note]"))).contains("0 getutorde leerlingen", COMPARISON_MISSING + " uit de vergelijkingsgroep");

        JsonNode g = addition.path("hedgesG");
        assertThat(text(By.cssSelector("[data-testid=hedges-g]"))).isEqualTo(dutch(g.path("g").asDouble())
                + " [" + dutch(g.path("lower").asDouble()) + "; " + dutch(g.path("upper").asDouble()) + "]");
        String reading = text(By.cssSelector("[data-testid=reading]"));
        assertThat(reading).contains("95%-betrouwbaarheidsinterval loopt van " + dutch(g.path("lower").asDouble())
                + " tot " + dutch(g.path("upper").asDouble()));
        boolean includesZero = g.path("lower").asDouble() <= 0 && g.path("upper").asDouble() >= 0;
        assertThat(reading).contains(includesZero ? "en bevat 0:" : "en bevat 0 niet:");
        assertThat(reading).contains("het verschil is " + sizeInDutch(g.path("g").asDouble()));
        assertThat(reading).as("n = 4 and 2 is flagged").contains("kleine groepen (4 en 2 leerlingen)");
        screenshot("evaluation-3-results");
        scrollTo(By.id("measure-heading"));
        screenshot("evaluation-4-groups-and-effect");

        assertThat(driver.findElements(By.cssSelector("[data-testid=scatter-chart] .mark.tutored"))).hasSize(4);
        assertThat(driver.findElements(By.cssSelector("[data-testid=scatter-chart] .mark.comparison"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("[data-testid=growth-chart] polyline"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("[data-testid=dosage-row]"))).as("4 tutored pupils, one per quartile").hasSize(4);
        scrollTo(By.id("growth-heading"));
        screenshot("evaluation-5-charts");

        long loggedBefore = exportsLogged();
        scrollTo(By.id("exports-heading"));
        click(By.cssSelector("[data-testid=export-long-csv]"));
        String longCsv = downloaded("study-" + studyId + "-long.csv");
        click(By.cssSelector("[data-testid=export-wide-csv]"));
        String wideCsv = downloaded("study-" + studyId + "-wide.csv");

        assertThat(longCsv.lines().findFirst().orElseThrow()).isEqualTo(LONG_HEADER);
        assertThat(wideCsv.lines().findFirst().orElseThrow()).startsWith(WIDE_HEADER_START);
        assertThat(wideCsv.lines().count()).as("header + 150 pupils of year 1").isEqualTo(151);
        assertThat(longCsv.lines().count()).as("header + pre and post for each of the 6 practising pupils").isEqualTo(13);
        assertNoPupilIdentity(longCsv);
        assertNoPupilIdentity(wideCsv);
        assertThat(exportsLogged()).as("each download logged").isEqualTo(loggedBefore + 2);
    }

    @Test
    @Order(2)
    void a_test_file_with_an_error_is_refused_with_its_line_then_the_fixed_file_adds_a_test_measure_to_the_study()
            throws IOException {
        ensureAStudy(); // made in the browser by the first test; made here when this one runs alone
        signInAsEvaluator();
        LocalDate pre = LocalDate.now(ZONE).minusDays(5);
        LocalDate post = LocalDate.now(ZONE);
        String schoolNumber = firstPupilNumberOf1A();
        String good = "pupil_id;test;scale;date;score\n"
                + schoolNumber + ";DIA rekenen;vaardigheidsscore;" + pre + ";101\n"
                + schoolNumber + ";DIA rekenen;vaardigheidsscore;" + post + ";112,5\n";
        // line 4: a date in words
        String bad = good + schoolNumber + ";DIA rekenen;vaardigheidsscore;gisteren;108\n";

        click(By.id("nav-tests"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tests-heading")));
        upload(write("bad", bad));
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=problem-row]")));
        screenshot("evaluation-6-test-import-refused");
        assertThat(driver.findElements(By.cssSelector("[data-testid=problem-row]"))).hasSize(1);
        assertThat(problem.findElement(By.cssSelector(".line")).getText()).isEqualTo("4");
        assertThat(problem.findElement(By.cssSelector(".column")).getText()).isEqualTo("date");
        assertThat(problem.findElement(By.cssSelector(".message")).getText()).isEqualTo("‘gisteren’ is geen datum (gebruik 2026-11-29 of 29-11-2026).");
        assertThat(text(By.cssSelector("[data-testid=import-problems] .notice"))).contains("Er is niets opgeslagen");

        upload(write("good", good));
        WebElement stored = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=tests-success]")));
        assertThat(stored.getText()).contains("2 toetsscores uit toetsen.csv opgeslagen");

        click(By.id("nav-studies"));
        click(By.cssSelector("[data-testid=study-link]"));
        WebElement dia = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=overview-row][data-measure='test:DIA rekenen']")));
        assertThat(dia.getText()).startsWith("Toets: DIA rekenen").contains("1 van 4");
        dia.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("measure-heading"), "Toets: DIA rekenen"));
        assertThat(cells(groupRow("TUTORED")).get(6)).as("112.5 − 101").isEqualTo("11,50");
        assertThat(text(By.cssSelector("[data-testid=no-g]"))).contains("minstens twee leerlingen");
        assertThat(text(By.cssSelector("[data-testid=growth-none]"))).contains("geen verloop per week");
        screenshot("evaluation-7-test-measure");

        click(By.id("language-switch"));
        wait.until(ExpectedConditions.textToBe(By.id("measure-heading"), "Test: DIA rekenen"));
        screenshot("evaluation-8-english");
        click(By.id("language-switch"));
        wait.until(ExpectedConditions.textToBe(By.id("measure-heading"), "Toets: DIA rekenen"));
    }

    // ---- arrange ----

    private static void ensureAStudy() {
        if (evaluatorApi.get("/api/evaluation/studies").json().isEmpty()) {
            LocalDate today = LocalDate.now(ZONE);
            assertThat(evaluatorApi.post("/api/evaluation/studies", Map.of("name", STUDY_NAME,
                    "preFrom", today.minusDays(6).toString(), "preTo", today.minusDays(4).toString(),
                    "postFrom", today.minusDays(1).toString(), "postTo", today.toString(), "comparison", "SAME_YEARS"))
                    .status()).isEqualTo(201);
        }
    }

    private static String firstPupilNumberOf1A() {
        return server.database().jdbi().withHandle(h -> h.createQuery("""
                        SELECT p.external_id FROM pupil p JOIN school_class c ON c.id = p.class_id
                        WHERE c.code = :code ORDER BY p.external_id LIMIT 1""")
                .bind("code", DemoSetup.DEMO_CLASS).mapTo(String.class).one());
    }

    private JsonNode additionResults(long studyId) {
        for (JsonNode measure : evaluatorApi.get("/api/evaluation/studies/" + studyId + "/results").json().path("measures")) {
            if (measure.path("measure").asString().equals("practice:addition")) {
                return measure;
            }
        }
        throw new AssertionError("no practice:addition measure in study " + studyId);
    }

    // ---- checks ----

    /** No field is a school pupil number; no full name and no last name appears anywhere. */
    private static void assertNoPupilIdentity(String csv) {
        List<String> fields = csv.lines().flatMap(line -> Arrays.stream(line.split(",", -1))).toList();
        server.database().jdbi().useHandle(h -> h.createQuery("SELECT external_id, first_name, last_name FROM pupil")
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                .forEach(pupil -> {
                    assertThat(fields).doesNotContain(pupil.get(0));
                    assertThat(csv).doesNotContain(pupil.get(1) + " " + pupil.get(2));
                    assertThat(csv).doesNotContain(pupil.get(2));
                }));
    }

    private static long exportsLogged() {
        return server.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM export_log").mapTo(Long.class).one());
    }

    /** The page's number format: two decimals, decimal comma (Intl.NumberFormat('nl')). */
    private static String dutch(double value) {
        return String.format(DUTCH, "%.2f", value);
    }

    /** The Dutch rule of thumb (SOURCES.md): < 0.2 negligible, 0.2–0.5 small, 0.5–0.8 medium, else large. */
    private static String sizeInDutch(double g) {
        double size = Math.abs(g);
        return size < 0.2 ? "verwaarloosbaar" : size < 0.5 ? "klein" : size < 0.8 ? "middelgroot" : "groot";
    }

    // ---- browser steps ----

    private void signInAsEvaluator() {
        driver.manage().deleteAllCookies();
        driver.get(server.baseUrl() + "/login.html?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(DemoSetup.EVALUATOR);
        driver.findElement(By.id("password")).sendKeys(DemoSetup.PASSWORD);
        click(By.id("staff-submit"));
        wait.until(ExpectedConditions.urlContains("/evaluation.html"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("studies-heading")));
    }

    private void type(By locator, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Types a date into Chromium's date field as a user does, digit by digit, in the order of day,
     * month and year that the browser's locale shows (en-US in a bare headless Chromium: mm/dd/yyyy).
     */
    private void typeDate(String id, LocalDate date) {
        List<?> order = (List<?>) driver.executeScript("""
                return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 10, 23))
                    .map(part => part.type).filter(type => ['day', 'month', 'year'].includes(type));""");
        StringBuilder keys = new StringBuilder();
        for (Object part : order) {
            keys.append(switch (String.valueOf(part)) {
                case "day" -> String.format("%02d", date.getDayOfMonth());
                case "month" -> String.format("%02d", date.getMonthValue());
                default -> String.valueOf(date.getYear());
            });
        }
        WebElement input = driver.findElement(By.id(id));
        input.sendKeys(keys);
        assertThat(input.getDomProperty("value")).as("the date field " + id + " after typing " + keys).isEqualTo(date.toString());
    }

    private WebElement groupRow(String group) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=group-row][data-group=" + group + "]")));
    }

    /** The row's cells after its header: pupils, both measures, no pre, no post, mean pre, mean post, mean gain. */
    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** Waits until the browser has finished writing the file (no .crdownload left) and reads it. */
    private String downloaded(String name) throws IOException {
        Path file = browser.downloads().resolve(name);
        wait.until(d -> Files.exists(file) && !Files.exists(browser.downloads().resolve(name + ".crdownload")));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private Path write(String folder, String content) throws IOException {
        Path file = Files.createDirectories(files.resolve(folder)).resolve("toetsen.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private void upload(Path file) {
        driver.findElement(By.id("tests-file")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("tests-submit"));
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
    }

    private void scrollTo(By locator) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(locator));
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
