package org.certplan.platform.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/** Signs bearer tokens with the local key: what {@code make token} prints and what the tests send. */
public final class LocalTokens {

    private final PrivateKey key;
    private final String issuer;
    private final String audience;

    public LocalTokens(PrivateKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    public static LocalTokens of(LocalKeys keys) {
        return new LocalTokens(keys.privateKey(), LocalKeys.ISSUER, LocalKeys.AUDIENCE);
    }

    public String planner() {
        return sign("planner", Roles.PLANNER, null, null, Duration.ofHours(12));
    }

    public String admin() {
        return sign("admin", Roles.ADMIN, null, null, Duration.ofHours(12));
    }

    public String client(long clientId) {
        return sign("client-" + clientId, Roles.CLIENT, Roles.CLIENT_ID_CLAIM, clientId, Duration.ofHours(12));
    }

    public String auditor(long auditorId) {
        return sign("auditor-" + auditorId, Roles.AUDITOR, Roles.AUDITOR_ID_CLAIM, auditorId, Duration.ofHours(12));
    }

    /** A token for {@code subject} in {@code role}, with an id claim when {@code claim} is given. */
    public String sign(String subject, String role, String claim, Long id, Duration lifetime) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(lifetime);
        if (claim != null) {
            builder.claim(claim, id);
        }
        return builder.jws().keyId("certplan-local").sign(key);
    }
}
