package org.certplan.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard page in a real headless Chromium against the running service: it loads with data created through
 * the API, starts a planning run, shows its progress live, applies the proposal and explains a chosen audit.
 * With {@code -Ddashboard.screenshot=FILE} it saves a screenshot of the final page there.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class DashboardPageTest {

    private static final String SCORE = "-?\\d+hard/-?\\d+medium/-?\\d+soft";
    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPlannerStartsARunSeesItsProgressAppliesItAndReadsAnExplanation() throws Exception {
        auditor("LEAD_AUDITOR", "Page Lead One");
        auditor("LEAD_AUDITOR", "Page Lead Two");
        auditor("AUDITOR", "Page Auditor");
        long north = apply(createClient(singleSiteClient("Page North GmbH", 30)), "2048-02-03");
        long south = apply(createClient(singleSiteClient("Page South AG", 80)), "2048-03-02");
        long stage1 = auditOf(north, "STAGE_1");
        long southStage1 = auditOf(south, "STAGE_1");

        browser.get(page.toString());
        assertThat(browser.getTitle()).contains("certplan");
        ((JavascriptExecutor) browser).executeScript("""
                document.getElementById('from').value = '2048-01-01';
                document.getElementById('to').value = '2048-12-31';""");
        browser.findElement(By.id("refresh")).click();

        WebElement unassigned = await(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#unassigned button[data-audit-id='" + stage1 + "']")));
        assertThat(browser.findElement(By.id("unassigned")).getText()).contains("Page North GmbH", "Page South AG");
        unassigned.click();
        await(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("explanation-body"), "Audit #" + stage1));
        assertThat(text("explanation-body")).contains("auditors eligible");

        browser.findElement(By.id("start-run")).click();
        await(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#run-progress li")).isEmpty());
        assertThat(text("run-progress")).containsPattern(SCORE);
        await(Duration.ofSeconds(90)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("run-progress"), "ended completed"));
        long runId = Long.parseLong(text("run-id").replaceAll("^#(\\d+).*", "$1"));
        String score = get("/api/v1/planning-runs/" + runId).statusCode(200).extract().jsonPath().getString("score");
        assertThat(text("run-progress")).contains("ended completed: " + score);
        List<String> progress = browser.findElements(By.cssSelector("#run-progress li")).stream()
                .map(WebElement::getText).toList();
        assertThat(progress.size()).as("progress lines: %s", progress).isGreaterThanOrEqualTo(2);
        await(Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("run-score"), score));
        var staffing = get("/api/v1/planning-runs/" + runId).statusCode(200).extract().jsonPath();
        if (staffing.getInt("staffing.unstaffedAudits") == 0) {
            assertThat(text("run-staffing")).isEqualTo("nothing: every audit has a whole team");
        } else {
            assertThat(text("run-staffing"))
                    .contains(staffing.getString("staffing.auditorDaysNotStaffed") + " auditor-days");
        }

        await(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("apply-run"))).click();
        await(Duration.ofSeconds(30)).until(d -> !"no".equals(text("run-applied")));
        WebElement bar = barOnSomePage(southStage1);
        assertThat(bar.getText()).isEqualTo("Page South AG");
        assertThat(get("/api/v1/planning-runs/" + runId).statusCode(200).extract().jsonPath().getString("appliedAt"))
                .isNotNull();
        assertThat(text("run-applied")).isNotEqualTo("no");

        bar.click();
        await(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("explanation-body"), "From planning run #" + runId));
        String explanation = text("explanation-body");
        assertThat(explanation).contains("Audit #" + southStage1, "stage 1", "planned 2048-");
        assertThat(get("/api/v1/audits/" + southStage1 + "/explanation").statusCode(200).extract().jsonPath()
                .getList("impacts.ruleId", String.class)).allSatisfy(rule -> assertThat(explanation).contains(rule));
        assertThat(text("message")).isEmpty();

        screenshot();
    }

    @Test
    void aManagerSeesWhomToHireOrQualifyForAuditsNoTeamCanHold() {
        long client = createClient(Map.of("name", "Page Gap Teoranta", "persons", 20, "technicalAreas", List.of("31"),
                "languages", List.of("ga"), "sites", List.of(Map.of("name", "Head office", "countryCode", "IE",
                        "city", "Galway", "latitude", 53.27, "longitude", -9.05, "persons", 20, "central", true))));
        long stage1 = auditOf(apply(client, "2059-03-02"), "STAGE_1");

        browser.get(page.toString());
        ((JavascriptExecutor) browser).executeScript("""
                document.getElementById('from').value = '2059-01-01';
                document.getElementById('to').value = '2059-12-31';""");
        browser.findElement(By.id("refresh")).click();

        await(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("gaps"),
                "hire or qualify a lead auditor holding IAF 31 and speaking ga"));
        String step = browser.findElements(By.cssSelector("#gaps tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.contains("IAF 31 and speaking ga")).findFirst().orElseThrow();
        assertThat(step).contains("2 audits", "nobody");
        assertThat(Integer.parseInt(text("gaps-total"))).isGreaterThanOrEqualTo(2);
        assertThat(text("gaps-hint")).contains("open audits", "whatever the dates");
        assertThat(get("/api/v1/competence-gaps?from=2059-01-01&to=2059-12-31").statusCode(200).extract().jsonPath()
                .getList("gaps.auditIds.flatten()", Long.class)).contains(stage1);
        assertThat(text("message")).isEmpty();
    }

    private static void screenshot() throws Exception {
        String target = System.getProperty("dashboard.screenshot");
        if (target != null && !target.isBlank()) {
            Path file = Path.of(target);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The audit's bar, paging through the timeline: other tests' auditors may come first in the name order. */
    private static WebElement barOnSomePage(long auditId) {
        By bar = By.cssSelector("#timeline .bar[data-audit-id='" + auditId + "']");
        await(Duration.ofSeconds(120)).until(d -> {
            await(Duration.ofSeconds(20)).until(x -> x.findElement(By.tagName("body")).getAttribute("aria-busy") == null);
            if (!d.findElements(bar).isEmpty()) {
                return true;
            }
            WebElement next = d.findElement(By.id("next-page"));
            if (next.isEnabled()) {
                next.click();
            }
            return false;
        });
        return await(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(bar));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static WebDriverWait await(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    /** Qualified for 2048 only, so that no other test's run picks this auditor. */
    private static void auditor(String role, String name) {
        String email = "page-" + UUID.randomUUID() + "@example.org";
        long id = post("/api/v1/auditors", Map.of("name", name, "email", email,
                "homeCountryCode", "DE", "homeCity", "Berlin", "latitude", 52.52, "longitude", 13.405,
                "languages", List.of("de", "en"), "employment", "INTERNAL"))
                .statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("standard", "ISO/IEC 27001:2022", "role", role, "technicalAreas", List.of("33"),
                        "validFrom", "2048-01-01", "validTo", "2048-12-31")))
                .when().put("/api/v1/auditors/" + id + "/qualifications").then().statusCode(200);
    }
}
