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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
    private static DemoData demo;
    private static ChromeDriver browser;
    private static Path downloads;

    @TestHTTPResource("/")
    URL console;

    @BeforeAll
    static void startBrowserAndMakeData() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        downloads = Files.createTempDirectory("partydev-console-downloads-");
        long start = System.nanoTime();
        CompletableFuture<DemoData> loading = CompletableFuture.supplyAsync(DemoData::load);
        browser = Chromium.start(downloads);
        data = new Province().create();
        demo = loading.join();
        System.out.printf("console tests: the browser, Province and the demo province ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
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
    void overviewShowsTheReportingApiFigures() {
        signIn(RunningStack.token("organiser", demo.province), "#/overview?org=" + demo.province + "&year=" + demo.year + "&term=" + demo.term);
        waitFor("[data-test=year-target]");
        JsonNode year = demo.viewer.get("/reports/achievement?orgId=" + demo.province + "&period=" + demo.year).body().at("/tables/0/rows");
        JsonNode term = demo.viewer.get("/reports/achievement?orgId=" + demo.province + "&period=" + demo.term).body().at("/tables/0/rows");
        for (String measure : List.of("target", "admitted", "percent")) {
            assertSameNumber(year.get(0).get(measure), "year-" + measure);
            assertSameNumber(term.get(0).get(measure), "term-" + measure);
        }
        assertEquals(demo.plan.admittedBetween(LocalDate.of(demo.year, 1, 1), demo.plan.today()), number("year-admitted").longValue(),
                "the year's admissions, as the demo made them");
        assertTrue(number("year-admitted").signum() > 0 && number("year-target").signum() > 0, "admitted and target are not zero");
        assertTrue(number("year-percent").signum() > 0 && number("term-percent").signum() > 0, "a percentage for the year and the term");

        // one row per child organisation, the same figures, and the bar chart of them
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-table=achievement] tbody tr"));
        assertEquals(year.size(), rows.size(), "the organisation and each child");
        for (int i = 0; i < rows.size(); i++) {
            for (String measure : List.of("orgName", "target", "admitted")) {
                assertEquals(year.get(i).get(measure).asText(), rows.get(i).findElement(By.cssSelector("[data-key=" + measure + "]")).getText(),
                        measure + " of row " + i);
            }
        }
        List<JsonNode> children = rest(year);
        assertEquals(children.stream().map(row -> row.get("orgName").asText()).toList(), chartCategories("achievement"));
        assertEquals(children.stream().map(row -> row.get("admitted").asLong()).toList(), chartValues("achievement", 0), "admitted per child");
        assertEquals(children.stream().map(row -> row.get("target").asLong()).toList(), chartValues("achievement", 1), "target per child");
        assertTrue(chartValues("achievement", 0).stream().anyMatch(value -> value > 0), "a child admitted someone");

        // the forecast names every organisation that falls short, with the shortfall
        JsonNode forecast = demo.viewer.get("/reports/forecast?orgId=" + demo.province + "&period=" + demo.year).body().at("/tables/0/rows");
        assertEquals(forecast.size(), browser.findElements(By.cssSelector("[data-table=forecast] tbody tr")).size());
        List<JsonNode> fallingShort = rows(forecast).stream().filter(row -> row.get("shortfall").asLong() > 0).toList();
        assertFalse(fallingShort.isEmpty(), "the demo falls short somewhere: " + forecast);
        for (JsonNode row : fallingShort) {
            String named = row.get("orgName").asText() + " (thiếu so với chỉ tiêu " + row.get("shortfall").asText() + ")";
            assertTrue(text("[data-test=forecast-summary]").contains(named),
                    "who will fall short is named with the shortfall: " + text("[data-test=forecast-summary]"));
        }
        screenshot("overview");
        browser.manage().window().setSize(new Dimension(412, 915));
        screenshot("overview-phone");
    }

    @Test
    void theTreeSearchIgnoresAccents() {
        signIn(RunningStack.token("organiser", data.province), "#/overview?org=" + data.province + "&year=2026&term=2025-2030");
        waitFor("[data-test=year-target]");
        assertEquals("20", text("[data-test=year-target]"), "the year's target as Province set it");
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
        screenshot("coverage-commune");
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
    void funnelAndNewMembersChartTheReportingApisFigures() {
        signIn(RunningStack.token("organiser", demo.province), "#/funnel?org=" + demo.province + "&period=" + demo.term);
        JsonNode funnel = demo.viewer.get("/reports/funnel?orgId=" + demo.province + "&period=" + demo.term).body().at("/tables/0");
        waitFor("[data-table=" + funnel.get("name").asText() + "]");
        assertEquals(funnel.get("rows").size(), browser.findElements(By.cssSelector("[data-table=" + funnel.get("name").asText() + "] tbody tr")).size());
        List<Long> counts = rows(funnel.get("rows")).stream().map(row -> row.get("count").asLong()).toList();
        assertEquals(counts, chartValues("funnel", 0), "people per stage");
        assertTrue(counts.stream().filter(count -> count > 0).count() >= 3, "the funnel has people at several stages: " + counts);
        assertNoError();
        screenshot("funnel");

        browser.findElement(By.cssSelector("[data-test=nav-new-members]")).click();
        JsonNode breakdown = demo.viewer.get("/reports/new-members?orgId=" + demo.province + "&period=" + demo.term).body().at("/tables/0/rows");
        for (String dimension : List.of("GENDER", "AGE_BAND", "OCCUPATION")) {
            List<Long> expected = rows(breakdown).stream().filter(row -> row.get("dimension").asText().equals(dimension))
                    .map(row -> row.get("count").asLong()).toList();
            assertEquals(expected, chartValues(dimension, 0), dimension + " as the reporting API counts it");
            assertTrue(expected.stream().anyMatch(count -> count > 0), dimension + " is not zero");
        }
        assertNoError();
        screenshot("new-members");
    }

    @Test
    void coverageListsTheReportingApisRows() {
        signIn(RunningStack.token("viewer", demo.province), "#/coverage?org=" + demo.province);
        JsonNode coverage = demo.viewer.get("/reports/coverage?orgId=" + demo.province).body();
        waitFor("[data-table=areas-without-cell]");
        int listed = 0;
        for (JsonNode table : coverage.get("tables")) {
            String name = table.get("name").asText();
            int shown = browser.findElements(By.cssSelector("[data-table=" + name + "] tbody tr")).size();
            assertEquals(table.get("rows").size(), shown, name + " rows");
            listed += shown;
        }
        for (String list : List.of("areas-without-cell", "areas-without-members", "cells-under-3-officials")) {
            assertFalse(browser.findElements(By.cssSelector("[data-table=" + list + "] tbody tr")).isEmpty(), list + " is not empty");
        }
        assertTrue(listed > 5, "the coverage lists hold rows: " + listed);
        screenshot("coverage");
    }

    @Test
    void workQueueShowsTheDeadlinesByDueDateWithTheirRulesAndCells() {
        signIn(RunningStack.token("organiser", demo.province), "#/queue?org=" + demo.province + "&within=30");
        waitFor("[data-test=queue]");
        JsonNode expected = demo.viewer.get("/deadlines?orgId=" + demo.province + "&within=P30D&limit=200").body().get("items");
        List<WebElement> shown = browser.findElements(By.cssSelector("[data-test=queue-item]"));
        assertEquals(expected.size(), shown.size(), "every item of /deadlines");
        List<String> dueDates = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            JsonNode item = expected.get(i);
            WebElement row = shown.get(i);
            assertEquals(item.get("caseId").asText(), row.getAttribute("data-case-id"), "row " + i + " in the API's order");
            assertTrue(row.findElement(By.cssSelector("[data-key=dueOn]")).getText().startsWith(item.get("dueOn").asText()), "due date of row " + i);
            assertEquals(item.get("step").asText(), row.findElement(By.cssSelector("[data-key=step]")).getText());
            assertEquals(item.get("rule").asText(), row.findElement(By.cssSelector("[data-key=rule]")).getText());
            assertEquals(item.get("cellName").asText() + " " + item.get("cellCode").asText(), row.findElement(By.cssSelector("[data-key=cell]")).getText());
            assertEquals(item.get("overdue").asText(), row.getAttribute("data-overdue"));
            dueDates.add(item.get("dueOn").asText());
        }
        assertEquals(dueDates.stream().sorted().toList(), dueDates, "sorted by due date");
        assertTrue(rows(expected).stream().anyMatch(item -> item.get("overdue").asBoolean()), "overdue items");
        assertTrue(rows(expected).stream().anyMatch(item -> !item.get("overdue").asBoolean()), "items due, not yet overdue");
        assertTrue(rows(expected).stream().map(item -> item.get("rule").asText()).distinct().count() >= 2, "more than one rule");
        assertNoError();
        screenshot("work-queue");

        // a subtree with nothing due says what to do
        browser.executeScript("sessionStorage.clear(); localStorage.clear();");
        browser.navigate().refresh();
        signIn(RunningStack.token("organiser", data.province), "#/queue?org=" + data.province);
        WebElement empty = waitFor(".page-body [data-test=empty]");
        assertTrue(empty.getText().contains("30"), "the empty queue says what to do: " + empty.getText());
    }

    @Test
    void aCandidatesHistoryIsATimelineOfItsSteps() {
        String candidate = null;
        JsonNode history = null;
        for (JsonNode found : demo.viewer.get("/candidates?limit=40&orgId=" + demo.province).body().get("items")) {
            JsonNode steps = demo.viewer.get("/candidates/" + found.get("id").asText() + "/history").body();
            if (history == null || steps.size() > history.size()) {
                candidate = found.get("id").asText();
                history = steps;
            }
        }
        assertTrue(history != null && history.size() >= 4, "a candidate with several steps: " + history);
        signIn(RunningStack.token("viewer", demo.province), "#/candidate?id=" + candidate + "&org=" + demo.province);
        WebElement timeline = waitFor("[data-test=timeline]");
        List<WebElement> steps = timeline.findElements(By.tagName("li"));
        assertEquals(history.size(), steps.size(), "one step per history entry");
        for (int i = 0; i < steps.size(); i++) {
            assertTrue(steps.get(i).getText().startsWith(history.get(i).get("occurredOn").asText() + " " + history.get(i).get("kind").asText()),
                    "step " + i + ": " + steps.get(i).getText());
        }
        screenshot("candidate-timeline");
    }

    // ---- helpers

    private BigDecimal number(String testId) {
        return new BigDecimal(attribute("[data-test=" + testId + "]", "data-value"));
    }

    private static List<JsonNode> rows(JsonNode array) {
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(rows::add);
        return rows;
    }

    /** The rows after the first (the organisation's own): its children. */
    private static List<JsonNode> rest(JsonNode array) {
        List<JsonNode> rows = rows(array);
        return rows.subList(1, rows.size());
    }

    /** The values of one series of the ECharts chart in the box {@code data-chart=name}, as drawn. */
    private List<Long> chartValues(String name, int series) {
        List<?> values = chartOption(name, "series[" + series + "].data");
        return values.stream().map(value -> ((Number) value).longValue()).toList();
    }

    private List<String> chartCategories(String name) {
        return chartOption(name, "yAxis[0].data").stream().map(String::valueOf).toList();
    }

    private List<?> chartOption(String name, String path) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> (List<?>) browser.executeScript(
                "const box = document.querySelector(arguments[0]); const chart = box && window.echarts.getInstanceByDom(box);"
                        + " return chart ? chart.getOption()." + path + " : null;", "[data-chart='" + name + "']"), Objects::nonNull);
    }

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
