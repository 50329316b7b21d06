package vn.partydev.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console in a real headless Chromium against the four real services, with data made through their APIs: the
 * figures it shows are the reporting API's, it speaks Vietnamese and English, its links lead to the lists and back, the
 * XLSX it downloads is reporting's own export, and a commune's viewer cannot reach another commune. Each page is
 * photographed into target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(value = RunningStack.class, restrictToAnnotatedClass = true)
class WebConsoleBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static Province data;
    private static ChromeDriver browser;
    private static Path downloads;

    @TestHTTPResource("/")
    URL console;

    @BeforeAll
    static void startBrowserAndMakeData() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        downloads = Files.createTempDirectory("partydev-console-downloads-");
        browser = Chromium.start(downloads);
        data = new Province().create();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(console.toString());
        browser.executeScript("sessionStorage.clear(); localStorage.clear();");
        browser.navigate().refresh();
    }

    @Test
    void overviewShowsTheReportingApiFigures() throws IOException {
        signIn(RunningStack.token("organiser", data.province), "#/overview?org=" + data.province + "&year=2026&term=2025-2030");
        waitFor("[data-test=year-target]");
        JsonNode year = data.admin.get("/reports/achievement?orgId=" + data.province + "&period=2026").body().at("/tables/0/rows");
        JsonNode term = data.admin.get("/reports/achievement?orgId=" + data.province + "&period=2025-2030").body().at("/tables/0/rows");
        for (String measure : List.of("target", "admitted", "percent")) {
            assertSameNumber(year.get(0).get(measure), "year-" + measure);
            assertSameNumber(term.get(0).get(measure), "term-" + measure);
        }
        assertEquals("20", text("[data-test=year-target]"), "the year's target as the reporting API gives it");
        assertEquals("100", text("[data-test=term-target]"));
        // one row per child organisation, the same figures
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-table=achievement] tbody tr"));
        assertEquals(year.size(), rows.size(), "the organisation and each child");
        for (int i = 0; i < rows.size(); i++) {
            for (String measure : List.of("orgName", "target", "admitted")) {
                assertEquals(year.get(i).get(measure).asText(), rows.get(i).findElement(By.cssSelector("[data-key=" + measure + "]")).getText(),
                        measure + " of row " + i);
            }
        }
        assertTrue(browser.findElements(By.cssSelector(".chart canvas")).size() >= 1, "the per-child bar chart is drawn");
        JsonNode forecast = data.admin.get("/reports/forecast?orgId=" + data.province + "&period=2026").body().at("/tables/0/rows");
        assertEquals(forecast.size(), browser.findElements(By.cssSelector("[data-table=forecast] tbody tr")).size());
        assertTrue(text("[data-test=forecast-summary]").contains(forecast.get(1).get("orgName").asText()),
                "who will fall short is named: " + text("[data-test=forecast-summary]"));
        screenshot("overview");
        browser.manage().window().setSize(new Dimension(412, 915));
        screenshot("overview-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        // the tree's search ignores accents
        browser.findElement(By.cssSelector("[data-test=org-search]")).sendKeys("dong hoa");
        WebElement found = waitFor("[data-test=org-search-result]");
        assertEquals(data.communeA, found.getAttribute("data-org-id"));
        found.click();
        await().atMost(Duration.ofSeconds(10)).until(() -> data.communeA.equals(attribute("[data-test=org-name]", "data-org-id")));
    }

    @Test
    void switchesBetweenVietnameseAndEnglish() {
        signIn(RunningStack.token("viewer", data.province), "#/overview?org=" + data.province + "&year=2026");
        waitFor("[data-test=year-target]");
        assertEquals("Tổng quan", text("[data-test=page-title]"));
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(headers().contains("Đã kết nạp"), headers().toString());

        browser.findElement(By.cssSelector("[data-test=language]")).click();
        waitFor("[data-test=year-target]");
        assertEquals("Overview", text("[data-test=page-title]"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(headers().contains("Admitted"), "column headers come from the API's English: " + headers());
        assertEquals("Coverage", text("[data-test=nav-coverage]"));
        screenshot("overview-english");

        browser.findElement(By.cssSelector("[data-test=language]")).click();
        waitFor("[data-test=year-target]");
        assertEquals("Tổng quan", text("[data-test=page-title]"));
    }

    @Test
    void coverageLinkLeadsToTheListsAndEachCellToItsOrganisation() {
        signIn(RunningStack.token("viewer", data.communeA), "#/overview?org=" + data.communeA + "&year=2026");
        waitFor("[data-test=year-target]");
        browser.findElement(By.cssSelector("[data-test=coverage-link]")).click();
        WebElement underFive = waitFor("[data-table=cells-under-5-members]");
        assertEquals("Địa bàn, chi bộ", text("[data-test=page-title]"));
        WebElement small = underFive.findElement(By.xpath(".//a[contains(@href,'" + data.cellA1 + "')]"));
        WebElement withoutCell = waitFor("[data-table=areas-without-cell]");
        assertTrue(withoutCell.getText().contains("Thôn Nam"), "the area without a cell is listed");
        assertEquals(1, withoutCell.findElements(By.xpath(".//a[contains(@href,'" + data.communeA + "')]")).size(), "the area links to its commune");
        screenshot("coverage");
        small.click();
        await().atMost(Duration.ofSeconds(10)).until(() -> data.cellA1.equals(attribute("[data-test=org-name]", "data-org-id")));
        assertEquals("Chi bộ thôn Đông", text("[data-test=org-name]"));
    }

    @Test
    void downloadsTheReportingApisXlsx() throws Exception {
        signIn(RunningStack.token("organiser", data.province), "#/overview?org=" + data.province + "&year=2026");
        waitFor("[data-test=year-target]");
        browser.findElement(By.cssSelector("[data-test=download-achievement-xlsx]")).click();
        Path file = await().atMost(Duration.ofSeconds(20)).until(() -> downloaded("achievement-2026.xlsx"), path -> path != null);
        byte[] fromApi = new PublicApi(RunningStack.token("organiser", data.province))
                .bytes("/reports/achievement?orgId=" + data.province + "&period=2026&format=xlsx");
        try (InputStream in = Files.newInputStream(file); Workbook saved = new XSSFWorkbook(in);
             Workbook api = new XSSFWorkbook(new ByteArrayInputStream(fromApi))) {
            assertEquals(api.getNumberOfSheets(), saved.getNumberOfSheets());
            Sheet table = saved.getSheetAt(saved.getNumberOfSheets() - 1);
            assertEquals(cells(api.getSheetAt(api.getNumberOfSheets() - 1)), cells(table), "the table sheet is reporting's own");
            assertTrue(cells(table).contains("Đảng bộ xã Đông Hòa"), cells(table).toString());
            assertTrue(cells(table).contains("20"), "the target as a number: " + cells(table));
        }
    }

    @Test
    void aViewerOfCommuneACannotReachCommuneB() {
        signIn(RunningStack.token("viewer", data.communeA), "#/overview?org=" + data.communeB + "&year=2026");
        WebElement error = waitFor("[data-test=error]");
        assertTrue(error.getText().startsWith("Không thuộc tổ chức của bạn"), error.getText());
        assertEquals("404", error.getAttribute("data-status"));
        assertTrue(browser.findElements(By.cssSelector("[data-test=year-target]")).isEmpty(), "no figure of commune B is shown");
        screenshot("not-in-your-organisation");

        browser.get(console + "#/overview?org=" + data.communeA + "&year=2026");
        waitFor("[data-test=year-target]");
        browser.findElement(By.cssSelector("[data-test=org-search]")).sendKeys("tay son");
        waitFor("[data-test=org-search-results] [data-test=empty]");
        assertTrue(browser.findElements(By.cssSelector("[data-org-id='" + data.communeB + "']")).isEmpty(), "commune B is not offered");
        assertTrue(browser.findElements(By.cssSelector("[data-test=lineage-link]")).isEmpty(), "nothing above commune A is offered");
    }

    @Test
    void candidatesAreFoundWithoutAccentsWithTheirHistory() {
        signIn(RunningStack.token("cell", data.communeA), "#/candidates?org=" + data.communeA);
        WebElement search = waitFor("[data-test=input-q]");
        search.sendKeys("nguyen thi hang");
        browser.findElement(By.cssSelector("[data-test=show]")).click();
        WebElement found = waitFor("[data-test=candidate-link]");
        assertEquals(Province.CANDIDATE_NAME, found.getText());
        screenshot("candidates");
        found.click();
        WebElement timeline = waitFor("[data-test=timeline]");
        assertEquals(Province.CANDIDATE_NAME, text("[data-test=candidate-name]"));
        assertTrue(timeline.getText().contains("2026-09-02"), timeline.getText());
        screenshot("candidate-history");
    }

    @Test
    void funnelNewMembersAndWorkQueueRenderTheirReports() {
        signIn(RunningStack.token("organiser", data.province), "#/funnel?org=" + data.province + "&period=2026");
        WebElement stages = waitFor("[data-table]");
        assertFalse(stages.getText().isBlank());
        JsonNode funnel = data.admin.get("/reports/funnel?orgId=" + data.province + "&period=2026").body();
        assertEquals(funnel.at("/tables/0/rows").size(), browser.findElements(By.cssSelector("[data-table=" + funnel.at("/tables/0/name").asText() + "] tbody tr")).size());
        assertNoError();
        screenshot("funnel");

        browser.findElement(By.cssSelector("[data-test=nav-new-members]")).click();
        waitFor("[data-test=breakdown]");
        assertNoError();
        screenshot("new-members");

        browser.findElement(By.cssSelector("[data-test=nav-queue]")).click();
        WebElement empty = waitFor(".page-body [data-test=empty]");
        assertTrue(empty.getText().contains("30"), "the empty queue says what to do: " + empty.getText());
        assertNoError();
        screenshot("work-queue");
    }

    // ---- helpers

    private void signIn(String token, String page) {
        browser.get(console + page);
        WebElement input = waitFor("[data-test=token-input]");
        assertEquals("Đăng nhập", text("[data-test=page-title]"));
        input.sendKeys(token);
        browser.findElement(By.cssSelector("[data-test=use-token]")).click();
        waitFor("[data-test=user]");
    }

    private WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String attribute(String css, String name) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getAttribute(name);
    }

    private List<String> headers() {
        return browser.findElements(By.cssSelector("th")).stream().map(WebElement::getText).toList();
    }

    private void assertSameNumber(JsonNode expected, String testId) {
        String shown = attribute("[data-test=" + testId + "]", "data-value");
        if (expected == null || expected.isNull()) {
            assertTrue(shown == null || shown.isEmpty(), testId + " shows " + shown + " where the API has none");
        } else {
            assertEquals(0, new BigDecimal(expected.asText()).compareTo(new BigDecimal(shown)), testId + ": API " + expected + ", shown " + shown);
        }
    }

    private void assertNoError() {
        assertTrue(browser.findElements(By.cssSelector("[data-test=error]")).isEmpty(),
                () -> "no error on the page: " + browser.findElements(By.cssSelector("[data-test=error]")).stream().map(WebElement::getText).toList());
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path downloaded(String name) throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().equals(name)).findFirst().orElse(null);
        }
    }

    private static List<String> cells(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                values.add(format.formatCellValue(cell));
            }
        }
        return values;
    }
}
