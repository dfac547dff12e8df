package org.certplan.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code GET /q/health}: whether the demo data was loaded or skipped, and how to start afresh; always up. */
@Readiness
@ApplicationScoped
public class DemoDataHealth implements HealthCheck {

    @Inject
    DemoData demo;

    @Override
    public HealthCheckResponse call() {
        DemoOutcome outcome = demo.outcome();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Demo data").up()
                .withData("state", outcome.state());
        if (outcome.size() != null) {
            response.withData("size", outcome.size()).withData("detail", outcome.detail());
        }
        return response.build();
    }
}
