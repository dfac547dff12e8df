package org.certplan.platform.security;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code make token ROLE=planner|admin|auditor|client [CLIENT=id] [AUDITOR=id] [HOURS=12]}: prints a bearer
 * token signed with the local key under {@code $CERTPLAN_DATA_DIR/keys}, for local use and trials. It refuses
 * when that directory has no pair, or when the service on {@code localhost:$QUARKUS_HTTP_PORT} verifies tokens
 * with another one, and names the directory to use.
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static void main(String... args) {
        String role = setting("ROLE", Roles.PLANNER);
        String dataDir = setting("CERTPLAN_DATA_DIR", "data");
        Duration lifetime = Duration.ofHours(Long.parseLong(setting("HOURS", "12")));
        int port = Integer.parseInt(setting("QUARKUS_HTTP_PORT", "8080"));
        LocalKeys keys;
        try {
            keys = new TokenKeyCheck(port).keysFor(Path.of(dataDir));
        } catch (IllegalStateException e) {
            throw fail(e.getMessage());
        }
        LocalTokens tokens = new LocalTokens(keys.privateKey(),
                setting("MP_JWT_VERIFY_ISSUER", LocalKeys.ISSUER),
                setting("MP_JWT_VERIFY_AUDIENCES", LocalKeys.AUDIENCE).split(",")[0].trim());
        String token = switch (role) {
            case Roles.PLANNER, Roles.ADMIN -> tokens.sign(role, role, null, null, lifetime);
            case Roles.CLIENT -> {
                long id = id("CLIENT", "ROLE=client needs CLIENT=<client id>");
                yield tokens.sign("client-" + id, role, Roles.CLIENT_ID_CLAIM, id, lifetime);
            }
            case Roles.AUDITOR -> {
                long id = id("AUDITOR", "ROLE=auditor needs AUDITOR=<auditor id>");
                yield tokens.sign("auditor-" + id, role, Roles.AUDITOR_ID_CLAIM, id, lifetime);
            }
            default -> throw fail("ROLE must be planner, admin, auditor or client, not " + role);
        };
        System.out.println(token);
    }

    private static long id(String name, String missing) {
        String value = setting(name, "");
        if (!value.matches("\\d{1,18}")) {
            throw fail(missing);
        }
        return Long.parseLong(value);
    }

    private static IllegalArgumentException fail(String message) {
        System.err.println(message);
        System.exit(2);
        return new IllegalArgumentException(message);
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
