package org.certplan.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.Test;

/** The bearer-token path itself: real RS256 tokens over HTTP, verified against the configured key and claims. */
@QuarkusTest
class JwtAuthenticationTest {

    private static final PrivateKey LOCAL = LocalKeys.ensure(LocalKeysResource.DIRECTORY).privateKey();

    @Test
    void aTokenSignedWithTheConfiguredKeyIsAccepted() {
        given().auth().oauth2(Tokens.planner()).get("/api/v1/policy").then().statusCode(200);
        given().auth().oauth2(new LocalTokens(LOCAL, LocalKeys.ISSUER, LocalKeys.AUDIENCE)
                .sign("someone", Roles.ADMIN, null, null, Duration.ofMinutes(5)))
                .get("/api/v1/policy").then().statusCode(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        expect401(new LocalTokens(stranger, LocalKeys.ISSUER, LocalKeys.AUDIENCE)
                .sign("planner", Roles.PLANNER, null, null, Duration.ofMinutes(5)),
                "not signed by a key this service trusts: it verifies signatures (RS256) with the local key "
                        + "keys/public.pem of its data directory; `make token` signs with the private key beside it, "
                        + "so run it with the same CERTPLAN_DATA_DIR as the service");
    }

    @Test
    void theIssuerAndTheAudienceMustMatchTheConfiguration() {
        expect401(new LocalTokens(LOCAL, "https://elsewhere.example", LocalKeys.AUDIENCE)
                .sign("planner", Roles.PLANNER, null, null, Duration.ofMinutes(5)),
                "the token's issuer (iss) is not the one this service accepts: certplan-local");
        expect401(new LocalTokens(LOCAL, LocalKeys.ISSUER, "another-service")
                .sign("planner", Roles.PLANNER, null, null, Duration.ofMinutes(5)),
                "the token's audience (aud) does not name this service, which accepts certplan");
    }

    @Test
    void anExpiredTokenIs401() {
        Instant issued = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        Instant expired = issued.plus(Duration.ofHours(1));
        expect401(Jwt.issuer(LocalKeys.ISSUER).audience(LocalKeys.AUDIENCE).subject("planner")
                .groups(Set.of(Roles.PLANNER)).issuedAt(issued).expiresAt(expired)
                .sign(LOCAL), "the token expired at " + expired + "; get a new one");
    }

    @Test
    void aTokenSignedOtherwiseUnsignedOrGarbledIs401() {
        String valid = Tokens.planner();
        String[] parts = valid.split("\\.");
        String hmac = Jwt.issuer(LocalKeys.ISSUER).audience(LocalKeys.AUDIENCE).subject("planner")
                .groups(Set.of(Roles.PLANNER)).jws().algorithm(SignatureAlgorithm.HS256)
                .signWithSecret("an-hmac-secret-that-is-long-enough-for-hs256!");
        expect401(hmac, "not signed by a key this service trusts");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        expect401(none + "." + parts[1] + ".", "not signed by a key this service trusts");
        expect401(parts[0] + "." + parts[1] + ".AAAA", "not signed by a key this service trusts");
        expect401("not-a-jwt", "the token is not a well-formed JWT; send Authorization: Bearer <JWT>");
    }

    @Test
    void aValidTokenWithoutAKnownRoleIs403() {
        String noRole = new LocalTokens(LOCAL, LocalKeys.ISSUER, LocalKeys.AUDIENCE)
                .sign("visitor", "visitor", null, null, Duration.ofMinutes(5));
        given().auth().oauth2(noRole).get("/api/v1/clients").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("https://certplan.org/problems/forbidden"));
    }

    @Test
    void noTokenIsToldHowToSendOne() {
        given().get("/api/v1/clients").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", equalTo("no bearer token: send Authorization: Bearer <JWT>"));
        given().auth().preemptive().basic("planner", "secret").get("/api/v1/clients").then().statusCode(401)
                .body("detail", equalTo("no bearer token: send Authorization: Bearer <JWT>"));
    }

    private static void expect401(String token, String why) {
        given().auth().oauth2(token).get("/api/v1/clients").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://certplan.org/problems/unauthorized"))
                .body("detail", containsString(why));
    }
}
