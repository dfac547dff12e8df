package org.certplan.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.certplan.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class DatasetResourceTest {

    private static final String DATASETS = "/api/v1/admin/datasets";
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    @Inject
    DatasetGenerator generator;

    @Test
    void generateIsRefusedWhileClientsExistUnlessAppending() {
        Api.createClient(Api.singleSiteClient("Existing client GmbH", 12));

        given().contentType(ContentType.JSON).body(Map.of("size", "S", "seed", 303))
                .when().post(DATASETS + "/generate")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("append=true"));

        int auditors = generator.generate(DatasetSize.S, 303, REFERENCE).auditors().size();
        given().contentType(ContentType.JSON).body(Map.of("size", "S", "seed", 303, "referenceDate", "2026-06-30"))
                .queryParam("append", true)
                .when().post(DATASETS + "/generate")
                .then().statusCode(201)
                .body("clients", equalTo(50))
                .body("auditors", equalTo(auditors))
                .body("certifications", equalTo(50))
                .body("sites", greaterThan(50))
                .body("steps", greaterThan(100));
        given().queryParam("q", "auditors-303.certplan.example").when().get("/api/v1/auditors")
                .then().statusCode(200).body("total", equalTo(auditors));

        // the same seed again would repeat the auditors' e-mail addresses
        given().contentType(ContentType.JSON).body(Map.of("size", "S", "seed", 303))
                .queryParam("append", true)
                .when().post(DATASETS + "/generate")
                .then().statusCode(409).body("detail", containsString("auditors-303"));
    }

    @Test
    void generatedReturnsTheGeneratorsDocumentWithoutImporting() {
        String body = given().queryParam("size", "S").queryParam("seed", 9).queryParam("referenceDate", "2026-06-30")
                .when().get(DATASETS + "/generated")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();

        assertThat(body).isEqualTo(DatasetJson.write(generator.generate(DatasetSize.S, 9, REFERENCE)));
        given().queryParam("q", "auditors-9.certplan.example").when().get("/api/v1/auditors")
                .then().body("total", equalTo(0));
    }

    @Test
    void theUnderstaffedProfileIsGeneratedAndImportedOnRequest() {
        String body = given().queryParam("size", "S").queryParam("profile", "understaffed").queryParam("seed", 11)
                .queryParam("referenceDate", "2026-06-30")
                .when().get(DATASETS + "/generated")
                .then().statusCode(200).extract().asString();
        assertThat(body).isEqualTo(DatasetJson.write(generator.generate(DatasetSize.S, DatasetProfile.UNDERSTAFFED,
                11, REFERENCE))).contains("\"profile\":\"understaffed\"");

        given().contentType(ContentType.JSON)
                .body(Map.of("size", "S", "profile", "understaffed", "seed", 404, "referenceDate", "2026-06-30"))
                .queryParam("append", true)
                .when().post(DATASETS + "/generate")
                .then().statusCode(201).body("auditors", equalTo(DatasetSize.S.auditors())).body("clients", equalTo(50));

        given().contentType(ContentType.JSON).body(Map.of("size", "S", "profile", "overstaffed"))
                .queryParam("append", true)
                .when().post(DATASETS + "/generate")
                .then().statusCode(400);
    }

    @Test
    void aReferenceDateAfterTodayIsRefused() {
        given().queryParam("size", "S").queryParam("referenceDate", LocalDate.now().plusDays(2).toString())
                .when().get(DATASETS + "/generated")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("referenceDate"));
    }

    @Test
    void importStoresAnExportedDocumentAndExportShowsIt() {
        Dataset dataset = generator.generate(DatasetSize.S, 606, REFERENCE);

        given().contentType(ContentType.JSON).body(DatasetJson.write(dataset)).queryParam("append", true)
                .when().post(DATASETS + "/import")
                .then().statusCode(201).body("clients", equalTo(50))
                .body("auditors", equalTo(dataset.auditors().size()));

        given().when().get(DATASETS + "/export")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("format", equalTo("certplan-dataset/1"))
                .body("auditors.email", hasItem(dataset.auditors().get(0).email()))
                .body("clients.name", hasItem(dataset.clients().get(0).name()));
    }

    @Test
    void malformedDocumentsAreRefusedWithNothingStored() {
        long clientsBefore = clients();
        Dataset dataset = generator.generate(DatasetSize.S, 707, REFERENCE);
        String json = DatasetJson.write(dataset);

        given().contentType(ContentType.JSON).body(json.substring(0, json.length() / 2)).queryParam("append", true)
                .when().post(DATASETS + "/import")
                .then().statusCode(400).contentType("application/problem+json");

        List<DatasetClient> clients = new ArrayList<>(dataset.clients());
        DatasetClient third = clients.get(2);
        clients.set(2, new DatasetClient(third.ref(), third.name(), third.persons(), third.identicalWorkPersons(),
                third.siteSampling(), List.of(), third.technicalAreas(), third.languages(), third.blackouts(),
                third.certifications()));
        Dataset withoutSites = new Dataset(dataset.format(), dataset.seed(), dataset.size(), dataset.profile(), dataset.referenceDate(),
                dataset.auditors(), clients);
        given().contentType(ContentType.JSON).body(DatasetJson.write(withoutSites)).queryParam("append", true)
                .when().post(DATASETS + "/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("clients[2].sites"));

        given().contentType(ContentType.JSON).body(json.replace("\"format\":\"certplan-dataset/1\"",
                        "\"format\":\"certplan-dataset/9\"")).queryParam("append", true)
                .when().post(DATASETS + "/import")
                .then().statusCode(400).body("violations.field", hasItem("format"));

        assertThat(clients()).isEqualTo(clientsBefore);
        given().queryParam("q", "auditors-707.certplan.example").when().get("/api/v1/auditors")
                .then().body("total", equalTo(0));
    }

    @Test
    void aStepThatBreaksARuleNamesClientAndStepAndRollsBackItsBatch() {
        Dataset dataset = generator.generate(DatasetSize.S, 808, REFERENCE);
        List<DatasetClient> clients = new ArrayList<>(dataset.clients());
        int index = 0;
        while (clients.get(index).certifications().get(0).steps().size() < 2) {
            index++;
        }
        DatasetClient client = clients.get(index);
        DatasetCertification certification = client.certifications().get(0);
        List<DatasetStep> steps = new ArrayList<>(certification.steps());
        AuditCompletion stage2 = steps.get(1).complete();
        AuditCompletion stage1 = steps.get(0).complete();
        steps.set(1, DatasetStep.complete(new AuditCompletion(stage2.auditType(), 1, stage1.endDate().plusDays(3),
                stage1.endDate().plusDays(4), List.of())));
        clients.set(index, new DatasetClient(client.ref(), client.name(), client.persons(),
                client.identicalWorkPersons(), client.siteSampling(), client.sites(), client.technicalAreas(),
                client.languages(), client.blackouts(), List.of(new DatasetCertification(certification.standard(),
                certification.scope(), certification.applicationDate(), certification.adjustmentPercent(),
                certification.remote(), steps))));
        long clientsBefore = clients();

        given().contentType(ContentType.JSON).queryParam("append", true)
                .body(DatasetJson.write(new Dataset(dataset.format(), dataset.seed(), dataset.size(),
                        dataset.profile(), dataset.referenceDate(), dataset.auditors(), clients)))
                .when().post(DATASETS + "/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("client " + client.ref()))
                .body("detail", containsString("steps[1]"))
                .body("detail", containsString("CYC-7"));

        assertThat(clients()).as("the batch of 50 clients is rolled back").isEqualTo(clientsBefore);
    }

    private static long clients() {
        return given().queryParam("size", 1).when().get("/api/v1/clients").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
