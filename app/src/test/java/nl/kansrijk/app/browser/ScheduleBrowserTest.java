package nl.kansrijk.app.browser;

import nl.kansrijk.app.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's planning journey in a real headless Chromium against the real service and the
 * demo school (issue 3): enrol every HDT candidate (five sessions a week), form pairs, generate the
 * week and watch the progress bar finish with a best score, open a tutor's grid, pin a session,
 * mark that tutor ill on another day, re-plan, and find the pinned session where it was while the
 * tutor's sessions on the ill day have moved away. Screenshots land in
 * {@code target/browser-screenshots/schedule-*.png}.
 */
class ScheduleBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Solving runs in the background; a slow CI machine may take far longer than the time limit to start and store. */
    private static final Duration SOLVER_PATIENCE = Duration.ofSeconds(180);
    /** Short runs keep the test quick; the demo week is feasible within about two seconds on this 2-core machine. */
    private static final String GENERATE_SECONDS = "6";
    private static final String REPLAN_SECONDS = "4";
    private static final By SESSION_CARDS = By.cssSelector("[data-testid=week-grid] [data-testid=session]");

    private static TestServer server;
    private static HeadlessChromium browser;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static WebDriverWait solverWait;

    @BeforeAll
    static void startServiceAndBrowser() throws IOException {
        server = TestServer.startWithDemo();
        browser = HeadlessChromium.start();
        driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1366, 768));
        // The grid is redrawn after every change: an element found a moment ago may be replaced before it is read.
        wait = (WebDriverWait) new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class);
        solverWait = (WebDriverWait) new WebDriverWait(driver, SOLVER_PATIENCE).ignoring(StaleElementReferenceException.class);
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
    void a_coordinator_generates_the_week_pins_a_session_replans_around_an_ill_tutor_and_the_pin_stays() throws IOException {
        signInAsCoordinator();
        click(By.id("nav-schedule"));
        wait.until(ExpectedConditions.urlContains("/schedule.html"));

        // Inschrijven: every HDT candidate of the demo school, HDT in school, maths, five a week
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrol-heading")));
        assertThat(new Select(driver.findElement(By.id("enrol-programme"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("IN_SCHOOL");
        assertThat(driver.findElement(By.id("enrol-sessions")).getAttribute("value")).as("HDT: one period a day").isEqualTo("5");
        click(By.id("enrol-all"));
        WebElement enrolled = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=enrol-result]")));
        int pupils = Integer.parseInt(enrolled.getAttribute("data-enrolled"));
        assertThat(pupils).as("the demo school's HDT candidates (about 120)").isBetween(100, 140);
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=enrolment-row]")).size() == pupils);
        screenshot("1-enrolled");

        // Duo's
        click(By.id("nav-pairs"));
        click(By.id("form-pairs"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=pairs-result]")));
        int pairs = driver.findElements(By.cssSelector("[data-testid=pair-row]")).size();
        assertThat(pairs).as("two pupils a pair, the odd ones alone").isBetween(pupils / 2, pupils);
        screenshot("2-pairs");

        // Plannen: generate with a short time limit and watch it finish
        click(By.id("nav-plan"));
        setTimeLimit(GENERATE_SECONDS);
        click(By.id("run-generate"));
        wait.until(ExpectedConditions.attributeToBe(By.id("run-state"), "data-state", "SOLVING"));
        assertThat(driver.findElement(By.id("run-stop")).isEnabled()).as("a run can be stopped").isTrue();
        screenshot("3-solving");
        String firstRun = waitForRunToFinish("GENERATE", null);
        assertThat(driver.findElement(By.id("run-progress")).getAttribute("value")).isEqualTo("1");
        assertThat(text(By.cssSelector("[data-testid=run-best-score]"))).matches("0hard/-\\d+medium/-\\d+soft");
        assertThat(text(By.cssSelector("[data-testid=run-hard]"))).as("no hard rule broken").isEqualTo("0");
        assertThat(text(By.id("run-state"))).startsWith("Genereren: klaar");
        screenshot("4-finished");

        // Weekrooster: the first tutor with sessions; pin one of their sessions
        click(By.id("nav-week"));
        wait.until(driver -> driver.findElements(SESSION_CARDS).size() > 0);
        String tutorId = new Select(driver.findElement(By.id("week-item"))).getFirstSelectedOption().getAttribute("value");
        assertThat(text(By.cssSelector("[data-testid=week-grid] caption"))).endsWith("concept");
        WebElement card = driver.findElements(SESSION_CARDS).get(0);
        String sessionId = card.getAttribute("data-session-id");
        String day = card.getAttribute("data-day");
        String period = card.getAttribute("data-period");
        String room = card.getAttribute("data-room");
        card.click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=session-facts]"), "data-session-id", sessionId));
        click(By.id("session-pin"));
        wait.until(ExpectedConditions.attributeToBe(sessionCard(sessionId), "data-pinned", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("session-pin"), "data-pinned", "true"));
        screenshot("5-tutor-grid-pinned");

        // The same tutor falls ill on another day on which they have sessions; re-plan
        String illDay = driver.findElements(SESSION_CARDS).stream().map(c -> c.getAttribute("data-day"))
                .filter(d -> !d.equals(day)).findFirst()
                .orElseThrow(() -> new AssertionError("the tutor works on one day only"));
        WebElement pinnedBefore = driver.findElement(sessionCard(sessionId));
        click(By.id("nav-plan"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#absence-tutor option[value='" + tutorId + "']")));
        new Select(driver.findElement(By.id("absence-tutor"))).selectByValue(tutorId);
        new Select(driver.findElement(By.id("absence-day"))).selectByValue(illDay);
        click(By.id("absence-add"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=absence-row][data-tutor-id='" + tutorId + "'][data-day='" + illDay + "']")));
        setTimeLimit(REPLAN_SECONDS);
        click(By.id("run-replan"));
        waitForRunToFinish("REPLAN", firstRun);
        screenshot("6-replanned");

        // Back in the grid: the pinned session has not moved, and the tutor has nothing left on the ill day
        click(By.id("nav-week"));
        wait.until(ExpectedConditions.stalenessOf(pinnedBefore));
        WebElement pinnedAfter = wait.until(ExpectedConditions.presenceOfElementLocated(sessionCard(sessionId)));
        assertThat(new Select(driver.findElement(By.id("week-item"))).getFirstSelectedOption().getAttribute("value"))
                .as("still the same tutor's grid").isEqualTo(tutorId);
        assertThat(List.of(pinnedAfter.getAttribute("data-day"), pinnedAfter.getAttribute("data-period"),
                pinnedAfter.getAttribute("data-room"), pinnedAfter.getAttribute("data-pinned")))
                .as("the pinned session keeps its day, period and room").containsExactly(day, period, room, "true");
        assertThat(driver.findElements(SESSION_CARDS)).as("no session of the ill tutor on " + illDay)
                .noneMatch(c -> illDay.equals(c.getAttribute("data-day")));
        pinnedAfter.click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=session-facts]"), "data-session-id", sessionId));
        wait.until(driver -> !driver.findElement(By.id("session-explanation")).getText().equals("Laden…"));
        screenshot("7-grid-after-replan");

        // Uitleg: the rules in Dutch, hard first
        click(By.id("nav-explain"));
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=rule-row]")).size() > 0);
        List<WebElement> rules = driver.findElements(By.cssSelector("[data-testid=rule-row]"));
        for (WebElement rule : rules) {
            assertThat(rule.findElement(By.tagName("th")).getText()).as("a Dutch name for " + rule.getAttribute("data-constraint"))
                    .isNotEqualTo(rule.getAttribute("data-constraint"));
        }
        rules.get(0).findElement(By.tagName("button")).click();
        assertThat(driver.findElement(By.cssSelector(".rule-details:not([hidden]) li")).getText())
                .as("a sentence, not the planner's English").doesNotContain("session s");
        screenshot("8-explanation");

        // Publiceren, then a calendar link for the tutor
        click(By.id("nav-publish"));
        click(By.id("publish"));
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=version-row]")).size() == 1);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar-item option[value='" + tutorId + "']")));
        new Select(driver.findElement(By.id("calendar-item"))).selectByValue(tutorId);
        click(By.id("calendar-create"));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("calendar-url")), "value"));
        assertThat(driver.findElement(By.id("calendar-url")).getAttribute("value"))
                .matches(Pattern.quote(server.baseUrl()) + "/calendar/[^/]+\\.ics");
        screenshot("9-published");

        // A pupil's published week: regular lessons and tutoring in one grid, and how it prints
        driver.get(server.baseUrl() + "/schedule.html#week/pupil");
        wait.until(driver -> driver.findElements(SESSION_CARDS).size() > 0);
        new Select(driver.findElement(By.id("week-source"))).selectByValue("published");
        wait.until(ExpectedConditions.textMatches(By.cssSelector("[data-testid=week-grid] caption"),
                Pattern.compile("gepubliceerde versie 1$")));
        assertThat(driver.findElements(By.cssSelector("[data-testid=week-grid] [data-testid=lesson]")))
                .as("the pupil's regular lessons").hasSizeGreaterThan(20);
        assertThat(driver.findElements(SESSION_CARDS)).as("five sessions a week, as far as they are planned")
                .hasSizeBetween(1, 5);
        screenshot("10-pupil-published");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.id("session-panel")).isDisplayed()).as("printed: the grid only").isFalse();
        assertThat(driver.findElement(By.cssSelector("[data-testid=week-grid]")).isDisplayed()).isTrue();
        screenshot("11-pupil-print");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private static void signInAsCoordinator() {
        driver.manage().deleteAllCookies();
        driver.get(server.baseUrl() + "/login.html?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(TestServer.DEMO_COORDINATOR);
        driver.findElement(By.id("password")).sendKeys(TestServer.DEMO_PASSWORD);
        click(By.id("staff-submit"));
        wait.until(ExpectedConditions.urlContains("/roster.html"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=pupil-row]")));
    }

    private static void setTimeLimit(String seconds) {
        WebElement limit = wait.until(ExpectedConditions.elementToBeClickable(By.id("run-time-limit")));
        limit.clear();
        limit.sendKeys(seconds);
    }

    /** Waits for a run of this mode other than {@code previousRun} to end as FINISHED; returns its id. */
    private static String waitForRunToFinish(String mode, String previousRun) {
        By panel = By.id("run-panel");
        solverWait.until(driver -> {
            WebElement run = driver.findElement(panel);
            return mode.equals(run.getAttribute("data-mode")) && !Objects.equals(run.getAttribute("data-run-id"), previousRun)
                    && !"SOLVING".equals(run.getAttribute("data-state"));
        });
        assertThat(driver.findElement(panel).getAttribute("data-state")).as(text(By.id("run-panel"))).isEqualTo("FINISHED");
        return driver.findElement(panel).getAttribute("data-run-id");
    }

    private static By sessionCard(String sessionId) {
        return By.cssSelector("[data-testid=week-grid] [data-testid=session][data-session-id='" + sessionId + "']");
    }

    private static void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private static String text(By locator) {
        return driver.findElement(locator).getText();
    }

    private static void screenshot(String name) {
        browser.screenshot("schedule-" + name);
    }
}
