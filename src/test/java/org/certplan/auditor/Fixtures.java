package org.certplan.auditor;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.certplan.client.AuditTimeRecord;
import org.certplan.client.Certification;
import org.certplan.client.Client;
import org.certplan.client.ClientSite;
import org.certplan.programme.AuditType;
import org.certplan.programme.CertificationStatus;

/** Test data written straight to the database, each piece new so that tests do not see each other's rows. */
final class Fixtures {

    private Fixtures() {
    }

    static long auditor(String... languages) {
        return given().contentType(ContentType.JSON).body(auditorBody(uniqueEmail(), languages))
                .when().post("/api/v1/auditors")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> auditorBody(String email, String... languages) {
        return Map.of("name", "Auditor " + email, "email", email, "homeCountryCode", "DE", "homeCity", "Berlin",
                "latitude", 52.52, "longitude", 13.405,
                "languages", languages.length == 0 ? List.of("de", "en") : List.of(languages),
                "employment", "INTERNAL");
    }

    static String uniqueEmail() {
        return "a-" + UUID.randomUUID() + "@example.org";
    }

    static void qualifications(long auditorId, Object... qualifications) {
        given().contentType(ContentType.JSON).body(List.of(qualifications))
                .when().put("/api/v1/auditors/" + auditorId + "/qualifications")
                .then().statusCode(200);
    }

    static Map<String, Object> qualification(String role, LocalDate from, LocalDate to, String... areas) {
        return Map.of("standard", "ISO/IEC 27001:2022", "role", role, "technicalAreas", List.of(areas),
                "validFrom", from.toString(), "validTo", to.toString());
    }

    static long client(String country, Set<String> areas, Set<String> languages) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = new Client();
            client.name = "Client " + UUID.randomUUID();
            client.persons = 20;
            client.technicalAreas = new TreeSet<>(areas);
            client.languages = new TreeSet<>(languages);
            ClientSite site = new ClientSite();
            site.client = client;
            site.name = "Head office";
            site.countryCode = country;
            site.city = "Somewhere";
            site.latitude = new BigDecimal("50.0");
            site.longitude = new BigDecimal("8.0");
            site.persons = 20;
            site.central = true;
            client.sites.add(site);
            client.persist();
            return client.id;
        });
    }

    static long certification(long clientId, int cycleNumber) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Certification c = new Certification();
            c.client = Client.findById(clientId);
            c.standard = "ISO/IEC 27001:2022";
            c.scope = "ISMS";
            c.applicationDate = LocalDate.of(2020, 1, 6);
            c.status = CertificationStatus.CERTIFIED;
            c.cycleNumber = cycleNumber;
            BigDecimal one = BigDecimal.ONE;
            c.auditTime = new AuditTimeRecord();
            c.auditTime.tableDays = one;
            c.auditTime.initialAuditorDays = one;
            c.auditTime.stage1Days = one;
            c.auditTime.stage2Days = one;
            c.auditTime.surveillanceDays = one;
            c.auditTime.recertificationDays = one;
            c.auditTime.onsiteShare = new BigDecimal("0.70");
            c.auditTime.remoteShare = new BigDecimal("0.30");
            c.persist();
            return c.id;
        });
    }

    static long audit(long certificationId, long clientId, int cycle, AuditStatus status, LocalDate start,
            LocalDate end) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Audit a = new Audit();
            a.certificationId = certificationId;
            a.clientId = clientId;
            a.cycleNumber = cycle;
            a.type = AuditType.SURVEILLANCE_1;
            a.status = status;
            a.earliestStart = start;
            a.latestEnd = end;
            a.targetDate = start;
            a.auditorDays = new BigDecimal("3.0");
            a.onsiteDays = new BigDecimal("3.0");
            a.remoteDays = BigDecimal.ZERO;
            a.startDate = start;
            a.endDate = end;
            a.persist();
            return a.id;
        });
    }

    static void teamMember(long auditId, long auditorId, TeamRole role, String days) {
        QuarkusTransaction.requiringNew().run(() -> {
            TeamMember m = new TeamMember();
            m.auditId = auditId;
            m.auditorId = auditorId;
            m.role = role;
            m.days = new BigDecimal(days);
            m.persist();
        });
    }
}
