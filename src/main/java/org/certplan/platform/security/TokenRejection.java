package org.certplan.platform.security;

import io.quarkus.security.UnauthorizedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/** Why a bearer token was refused, in words a caller can act on: missing, expired, signed by another key, … */
final class TokenRejection {

    private static final String HOW = "send Authorization: Bearer <JWT>";

    private TokenRejection() {
    }

    static String explain(Throwable failure) {
        if (failure instanceof UnauthorizedException && failure.getCause() == null) {
            return "no bearer token: " + HOW;
        }
        Optional<InvalidJwtException> invalid = cause(failure, InvalidJwtException.class);
        if (invalid.isEmpty()) {
            return cause(failure, io.smallrye.jwt.auth.principal.ParseException.class).isPresent()
                    ? "the token is not valid here (its lifetime or its claims); " + HOW
                    : "the token is not a well-formed JWT; " + HOW;
        }
        InvalidJwtException e = invalid.get();
        Config config = ConfigProvider.getConfig();
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)
                || algorithmRefused(e)) {
            return "the token is not signed by a key this service trusts: it verifies signatures (RS256) with "
                    + verificationKey(config);
        }
        if (e.hasExpired()) {
            return "the token expired" + expiry(e.getJwtContext() == null ? null : e.getJwtContext().getJwtClaims())
                    + "; get a new one";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "the token's issuer (iss) is not the one this service accepts: "
                    + config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse("(none configured)");
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "the token's audience (aud) does not name this service, which accepts "
                    + config.getOptionalValue("mp.jwt.verify.audiences", String.class).orElse("(none configured)");
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "the token is not valid yet (nbf or iat in the future): check the clocks";
        }
        return "the token is not a well-formed JWT; " + HOW;
    }

    private static boolean algorithmRefused(InvalidJwtException e) {
        return cause(e, org.jose4j.lang.InvalidAlgorithmException.class).isPresent();
    }

    private static String expiry(JwtClaims claims) {
        try {
            NumericDate exp = claims == null ? null : claims.getExpirationTime();
            return exp == null ? "" : " at " + Instant.ofEpochSecond(exp.getValue());
        } catch (MalformedClaimException e) {
            return "";
        }
    }

    private static String verificationKey(Config config) {
        if (config.getOptionalValue("mp.jwt.verify.publickey", String.class)
                .filter(key -> !key.isBlank() && !key.equals("NONE")).isPresent()) {
            return "the public key given in MP_JWT_VERIFY_PUBLICKEY";
        }
        String location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse("");
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return "the keys published at " + location + " (the identity provider's JWKS)";
        }
        if (location.endsWith("keys/" + LocalKeys.PUBLIC_KEY_FILE)) {
            // a caller without a valid token learns the key's place in the data directory, not the server's paths
            return "the local key keys/" + LocalKeys.PUBLIC_KEY_FILE + " of its data directory; `make token` signs "
                    + "with the private key beside it, so run it with the same CERTPLAN_DATA_DIR as the service";
        }
        return "the public key " + location + " (MP_JWT_VERIFY_PUBLICKEY_LOCATION)";
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable c = failure; c != null && !seen.contains(c); c = c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
            seen.add(c);
        }
        return Optional.empty();
    }
}
