package org.certplan.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code GET /q/health}: which key the service verifies tokens with. For the local pair, its directory and
 * fingerprint, which {@code make token} compares with its own; always up.
 */
@Readiness
@ApplicationScoped
public class TokenKeyHealth implements HealthCheck {

    static final String NAME = "Token verification key";

    @ConfigProperty(name = LocalKeys.DIRECTORY_PROPERTY)
    Optional<String> localKeys;

    private HealthCheckResponse response;

    /** The key as the service loaded it at start, not as the files may have been changed since. */
    void onStart(@Observes StartupEvent event) {
        Optional<LocalKeys> keys = localKeys.flatMap(dir -> LocalKeys.existing(Path.of(dir)));
        response = keys.isEmpty()
                ? HealthCheckResponse.named(NAME).up().withData("key", "configured").build()
                : HealthCheckResponse.named(NAME).up().withData("key", "local")
                        .withData("directory", keys.get().directory().toString())
                        .withData("fingerprint", keys.get().fingerprint()).build();
    }

    @Override
    public HealthCheckResponse call() {
        return response;
    }
}
