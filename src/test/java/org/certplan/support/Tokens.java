package org.certplan.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.certplan.platform.security.LocalKeys;
import org.certplan.platform.security.LocalKeysResource;
import org.certplan.platform.security.LocalTokens;

/** Real bearer tokens, signed with the test key pair the service verifies against. */
public final class Tokens {

    private static final LocalTokens TOKENS = LocalTokens.of(LocalKeys.ensure(LocalKeysResource.DIRECTORY));

    private Tokens() {
    }

    public static String planner() {
        return TOKENS.planner();
    }

    public static String admin() {
        return TOKENS.admin();
    }

    public static String client(long clientId) {
        return TOKENS.client(clientId);
    }

    public static String auditor(long auditorId) {
        return TOKENS.auditor(auditorId);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
