package vn.partydev.console;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), found where they install, or
 * installed with apt-get when the tests run as root; otherwise the tests fail saying what is missing.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("partydev.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("partydev.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** A new headless browser downloading into the directory; a fresh profile every time (the network is closed). */
    static ChromeDriver start(Path downloads) throws IOException, InterruptedException {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("partydev-chromium-profile-"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            System.out.println("Installing Debian's chromium and chromium-driver for the browser tests (apt-get)...");
            run(List.of("apt-get", "update", "-qq"));
            run(List.of("apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"));
        }
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The web console's browser tests need Chromium and its driver: "
                    + (Files.isExecutable(BROWSER) ? "" : BROWSER + " is missing; ")
                    + (Files.isExecutable(DRIVER) ? "" : DRIVER + " is missing; ")
                    + "install Debian's packages with `apt-get install -y chromium chromium-driver` (as root), or point "
                    + "-Dpartydev.chromium= and -Dpartydev.chromedriver= at a Chromium and a matching ChromeDriver.");
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + (process.isAlive() ? "timeout" : process.exitValue()) + ")");
        }
    }
}
