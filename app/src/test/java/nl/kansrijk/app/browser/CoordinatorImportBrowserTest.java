package nl.kansrijk.app.browser;

import nl.kansrijk.app.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's import journey in a real headless Chromium against the real service with the
 * demo school: a file with an error is refused with a line-numbered problem, the fixed file is
 * stored, and the new pupil is found in the list and in a week grid with their class's lessons.
 * Screenshots of each step land in {@code target/browser-screenshots/}.
 */
class CoordinatorImportBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** A demo-school class (years 1–4, letters A–F: see DemoSchool). */
    private static final String EXISTING_CLASS = "1A";
    private static final String HEADER = "pupil_id;first_name;last_name;class;year;level;hdt_candidate\n";
    private static final String GOOD_LINE = "T-9001;Zeynep;Testleerling;1A;1;havo;ja\n";
    /** Line 3 of the file (the header is line 1): class 9Z does not exist. */
    private static final String PUPILS_WITH_UNKNOWN_CLASS = HEADER + GOOD_LINE + "T-9002;Jurre;Proefpersoon;9Z;1;havo;nee\n";
    private static final String PUPILS_FIXED = HEADER + GOOD_LINE + "T-9002;Jurre;Proefpersoon;1A;1;havo;nee\n";

    private static TestServer server;
    private static HeadlessChromium browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @TempDir
    Path files;

    @BeforeAll
    static void startServiceAndBrowser() throws IOException {
        server = TestServer.startWithDemo();
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = new WebDriverWait(driver, PATIENCE);
    }

    @AfterAll
    static void stopBrowserAndService() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_coordinator_sees_the_line_of_a_bad_pupils_file_then_finds_the_imported_pupil_in_the_list_and_week_grid()
            throws IOException {
        signInAsCoordinator();

        click(By.id("nav-import"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-heading")));
        upload(write("bad", PUPILS_WITH_UNKNOWN_CLASS));
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=problem-row]")));
        screenshot("1-import-problems");
        assertThat(driver.findElements(By.cssSelector("[data-testid=problem-row]"))).hasSize(1);
        assertThat(problem.findElement(By.cssSelector(".file")).getText()).isEqualTo("pupils.csv");
        assertThat(problem.findElement(By.cssSelector(".line")).getText()).isEqualTo("3");
        assertThat(problem.findElement(By.cssSelector(".column")).getText()).isEqualTo("class");
        assertThat(problem.findElement(By.cssSelector(".message")).getText())
                .as("the Dutch message names the unknown class").isEqualTo("De klas ‘9Z’ bestaat niet.");
        assertThat(text(By.cssSelector("[data-testid=import-problems] .notice"))).contains("Er is niets opgeslagen");

        upload(write("fixed", PUPILS_FIXED));
        WebElement success = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=import-success]")));
        screenshot("2-import-stored");
        assertThat(success.getText()).contains("pupils.csv");
        assertThat(driver.findElements(By.cssSelector("[data-testid=problem-row]"))).isEmpty();

        click(By.id("nav-pupils"));
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pupil-search")));
        search.sendKeys("Proefpersoon");
        wait.until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("[data-testid=pupil-row]"));
            return rows.size() == 1 && rows.get(0).getText().contains("Proefpersoon, Jurre");
        });
        WebElement row = driver.findElement(By.cssSelector("[data-testid=pupil-row]"));
        screenshot("3-pupil-found");
        assertThat(row.getText()).contains("T-9002", EXISTING_CLASS);

        row.findElement(By.cssSelector("[data-testid=pupil-link]")).click();
        wait.until(ExpectedConditions.urlMatches("#timetable/pupil/\\d+$"));
        waitForGridTitled("Jurre Proefpersoon (" + EXISTING_CLASS + ")");
        screenshot("4-pupil-week-grid");
        List<String> pupilLessons = lessons();

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='tt-class']//option[normalize-space()='" + EXISTING_CLASS + "']")));
        new Select(driver.findElement(By.id("tt-class"))).selectByVisibleText(EXISTING_CLASS);
        wait.until(ExpectedConditions.urlMatches("#timetable/class/\\d+$"));
        waitForGridTitled(EXISTING_CLASS);
        List<String> classLessons = lessons();

        assertThat(pupilLessons).as("a full week of the class's lessons").hasSizeGreaterThan(10);
        assertThat(pupilLessons).as("the new pupil's week is their class's week").isEqualTo(classLessons);
    }

    @Test
    void the_pupil_list_pages_through_the_school_and_filters_by_class() {
        signInAsCoordinator();
        // 600 demo pupils, or 602 when the import test ran first
        wait.until(ExpectedConditions.textMatches(By.id("pupils-range"), java.util.regex.Pattern.compile("1–50 van 60[02]")));
        assertThat(driver.findElement(By.id("pupils-prev")).isEnabled()).isFalse();

        click(By.id("pupils-next"));
        wait.until(ExpectedConditions.textMatches(By.id("pupils-range"), java.util.regex.Pattern.compile("51–100 van 60[02]")));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("pupil-class"))).selectByVisibleText("2B");

        wait.until(ExpectedConditions.textToBe(By.id("pupils-range"), "1–25 van 25"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=pupil-row]"))).hasSize(25)
                .allSatisfy(row -> assertThat(row.getText()).contains("2B"));
        assertThat(driver.findElement(By.id("pupils-next")).isEnabled()).isFalse();
    }

    @Test
    void the_sign_in_page_speaks_english_on_request_and_dutch_again_after_the_switch() {
        driver.get(server.baseUrl() + "/health");
        driver.manage().deleteAllCookies(); // signed in, the sign-in page would move on to the roster
        driver.get(server.baseUrl() + "/login.html?lang=en");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Sign in"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Username");

        click(By.id("language-switch"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Aanmelden"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    }

    private void signInAsCoordinator() {
        driver.manage().deleteAllCookies();
        driver.get(server.baseUrl() + "/login.html?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(TestServer.DEMO_COORDINATOR);
        driver.findElement(By.id("password")).sendKeys(TestServer.DEMO_PASSWORD);
        click(By.id("staff-submit"));
        wait.until(ExpectedConditions.urlContains("/roster.html"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=pupil-row]")));
    }

    /** A file named pupils.csv in its own folder, because the server recognises a file by its name. */
    private Path write(String folder, String content) throws IOException {
        Path file = Files.createDirectories(files.resolve(folder)).resolve("pupils.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private void upload(Path file) {
        driver.findElement(By.id("import-files")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("import-submit"));
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private String text(By locator) {
        return driver.findElement(locator).getText();
    }

    private void waitForGridTitled(String title) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=week-grid] caption"), title));
    }

    /** Every lesson card of the grid as its text (subject, teacher, room, group), in order. */
    private List<String> lessons() {
        return driver.findElements(By.cssSelector("[data-testid=week-grid] [data-testid=lesson]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void screenshot(String name) {
        browser.screenshot("" + name);
    }
}
