package org.certplan.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Which local key pair {@code make token} may sign with: the one under the data directory it is given, and only
 * if the service answering on the port (when one does) verifies tokens with that very pair.
 */
final class TokenKeyCheck {

    private final int port;

    TokenKeyCheck(int port) {
        this.port = port;
    }

    /** The pair under {@code dataDir/keys}; an {@link IllegalStateException} that says what to do when unfit. */
    LocalKeys keysFor(Path dataDir) {
        Path directory = dataDir.resolve("keys").toAbsolutePath();
        Optional<LocalKeys> keys = LocalKeys.existing(directory);
        Optional<JsonNode> service = serviceKey();
        if (service.isPresent() && !"local".equals(service.get().path("key").asText())) {
            throw new IllegalStateException("The service on localhost:" + port + " verifies the tokens of its identity "
                    + "provider (MP_JWT_VERIFY_PUBLICKEY_LOCATION), not tokens of make token; get one from the "
                    + "identity provider.");
        }
        if (service.isPresent()) {
            String fingerprint = service.get().path("fingerprint").asText();
            if (keys.isEmpty() || !keys.get().fingerprint().equals(fingerprint)) {
                Path used = Path.of(service.get().path("directory").asText());
                String answering = "the service on localhost:" + port;
                throw new IllegalStateException((keys.isEmpty() ? "No key pair under " + directory + ", and "
                        + answering + " verifies tokens with the one under " + used
                        : "The key pair under " + directory + " is not the one " + answering + " verifies tokens with, "
                        + "which lies under " + used) + ". Use the service's data "
                        + "directory: CERTPLAN_DATA_DIR=" + used.getParent()
                        + (port == 8080 ? "" : " QUARKUS_HTTP_PORT=" + port) + " make -s token …");
            }
        }
        return keys.orElseThrow(() -> new IllegalStateException("No key pair under " + directory
                + " (CERTPLAN_DATA_DIR=" + dataDir + "), and no certplan service answers on localhost:" + port
                + ". The service creates the pair at its first start (make run); give make token the "
                + "CERTPLAN_DATA_DIR (and QUARKUS_HTTP_PORT) the service runs with."));
    }

    /** The service's "Token verification key" health data, if a certplan service answers on the port. */
    private Optional<JsonNode> serviceKey() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode check : new ObjectMapper().readTree(body).path("checks")) {
                if (TokenKeyHealth.NAME.equals(check.path("name").asText())) {
                    return Optional.of(check.path("data"));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
