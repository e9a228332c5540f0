package nl.kansrijk.app.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (DESIGN §9): as root it needs
 * --no-sandbox; without the background-networking flags it keeps calling Google's servers, which
 * this closed network refuses; Selenium Manager must never try to download a driver.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("kansrijk.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("kansrijk.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private HeadlessChromium(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** A fresh browser with an empty profile at 1366×768; downloads land in {@link #downloads()}. */
    public static HeadlessChromium start() {
        System.setProperty("SE_OFFLINE", "true");
        if (!new File(CHROMIUM).exists() || !new File(CHROMEDRIVER).exists()) {
            throw new IllegalStateException("Chromium is missing: apt-get install chromium chromium-driver (see .ci/run)");
        }
        try {
            Path profile = Files.createTempDirectory("kansrijk-chromium");
            Path downloads = Files.createTempDirectory("kansrijk-downloads");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1366,768", "--user-data-dir=" + profile.toAbsolutePath());
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            return new HeadlessChromium(new ChromeDriver(service, options), profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    /** Saves what the browser shows to target/browser-screenshots/NAME.png, for people to look at. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        delete(profile);
        delete(downloads);
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
