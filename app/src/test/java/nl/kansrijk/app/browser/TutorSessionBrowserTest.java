package nl.kansrijk.app.browser;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import nl.kansrijk.app.sessions.TutoringWeek;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tutor records today's session with one pupil absent, in a real headless Chromium against the
 * real service (the demo school with the published week of {@link TutoringWeek}); the
 * coordinator's dosage page shows the change. Screenshots land in {@code target/browser-screenshots/}.
 */
class TutorSessionBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static TestServer server;
    private static TutoringWeek week;
    private static HeadlessChromium browser;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startServiceAndBrowser() throws IOException {
        server = TestServer.startWithDemo(TutoringWeek.clock());
        week = new TutoringWeek(ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD));
        browser = HeadlessChromium.start();
        driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1024, 1366)); // a tablet, upright
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
    void a_tutor_records_todays_session_with_one_absent_pupil_and_the_coordinators_dosage_view_changes() throws IOException {
        // Pair C (tutor T01): Monday and Thursday period 5, 50 minutes each; today is Thursday.
        TutoringWeek.Pupil present = week.c.first();
        TutoringWeek.Pupil absent = week.c.second();

        signIn(DemoSetup.COORDINATOR, "/roster.html");
        driver.get(server.baseUrl() + "/dosage.html");
        assertThat(cell(present, "percent")).as("nothing recorded yet").isEqualTo("0 %");
        assertThat(cell(absent, "reasons")).contains("Niet vastgelegd (2)");
        screenshot("tutor-1-dosage-before");

        signIn(DemoSetup.TUTOR, "/tutor.html");
        WebElement today = wait.until(ExpectedConditions.visibilityOfElementLocated(sessionCard(week.c, 2)));
        assertThat(driver.findElements(By.cssSelector("[data-testid=session-card]")).get(0)).as("today first").isEqualTo(today);
        today.findElement(By.cssSelector("[data-testid=record-open]")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-panel")));
        assertThat(driver.findElement(By.id("record-minutes")).getAttribute("value")).as("the period's length").isEqualTo("50");
        form.findElement(By.cssSelector("[data-testid=attendance-row][data-pupil-id='" + absent.id() + "']"))
                .findElement(By.xpath(".//input[@value='ABSENT_WITHOUT_NOTICE']/following-sibling::span")).click();
        screenshot("tutor-2-record-form");
        driver.findElement(By.id("record-save")).click();
        WebElement recorded = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-pair-id='" + week.c.id() + "'][data-session-index='2'] [data-testid=recorded]")));
        assertThat(recorded.getText()).isEqualTo("Vastgelegd: 50 min, 1 afwezig");
        screenshot("tutor-3-recorded");

        signIn(DemoSetup.COORDINATOR, "/roster.html");
        driver.get(server.baseUrl() + "/dosage.html");
        // Planned 2 × 50 = 100 minutes this week so far; the present pupil attended today's 50 → 50 %.
        assertThat(cell(present, "percent")).isEqualTo("50 %");
        assertThat(cell(present, "attended")).isEqualTo("1 · 50 min");
        assertThat(cell(absent, "percent")).isEqualTo("0 %");
        assertThat(cell(absent, "reasons")).contains("Afwezig, niet gemeld (1)").contains("Niet vastgelegd (1)");
        assertThat(row(absent).findElements(By.cssSelector("[data-testid=below-target]"))).hasSize(1);
        screenshot("tutor-4-dosage-after");
    }

    private static void signIn(String username, String landing) {
        driver.get(server.baseUrl() + "/health");
        driver.manage().deleteAllCookies();
        driver.get(server.baseUrl() + "/login.html?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoSetup.PASSWORD);
        driver.findElement(By.id("staff-submit")).click();
        wait.until(ExpectedConditions.urlContains(landing));
    }

    private static By sessionCard(TutoringWeek.Pair pair, int index) {
        return By.cssSelector("[data-testid=session-card][data-pair-id='" + pair.id() + "'][data-session-index='" + index + "']");
    }

    private static WebElement row(TutoringWeek.Pupil pupil) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=dosage-row][data-pupil-id='" + pupil.id() + "']")));
    }

    private static String cell(TutoringWeek.Pupil pupil, String column) {
        return row(pupil).findElement(By.cssSelector("[data-testid=" + column + "]")).getText();
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
