package org.certplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certplan.deploy.RenderedChart.at;
import static org.certplan.deploy.RenderedChart.container;
import static org.certplan.deploy.RenderedChart.env;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** helm/certplan rendered and linted with real Helm (embedded through helm-java), default and production values. */
class ChartRenderingTest {

    static RenderedChart defaults;
    static RenderedChart production;

    @BeforeAll
    static void render() {
        defaults = RenderedChart.defaults();
        production = RenderedChart.production();
    }

    @Test
    void lintsCleanInStrictMode() {
        LintResult result = new Helm(RenderedChart.CHART).lint().strict().call();
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void defaultValuesRenderTheApiThePlannerAndTheirServices() {
        assertThat(defaults.manifests).extracting(m -> m.get("kind") + "/" + at(m, "metadata.name"))
                .containsExactlyInAnyOrder("ServiceAccount/certplan", "ConfigMap/certplan", "Service/certplan",
                        "Service/certplan-planner", "Deployment/certplan", "StatefulSet/certplan-planner",
                        "PodDisruptionBudget/certplan");
        Map<String, Object> deployment = defaults.get("Deployment", "certplan");
        assertThat((Integer) at(deployment, "spec.replicas")).isEqualTo(2);
        assertThat((String) at(deployment, "spec.strategy.type")).isEqualTo("RollingUpdate");
        assertThat((Integer) at(deployment, "spec.strategy.rollingUpdate.maxUnavailable")).isZero();
        assertThat((Object) at(deployment,
                "spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution"))
                .isNotNull();
        assertThat((String) at(container(deployment), "image")).isEqualTo("certplan/certplan:0.1.0-SNAPSHOT");
    }

    @Test
    void probesUseTheQuarkusHealthEndpoints() {
        for (Map<String, Object> workload : List.of(defaults.get("Deployment", "certplan"),
                defaults.get("StatefulSet", "certplan-planner"))) {
            Map<String, Object> c = container(workload);
            assertThat((String) at(c, "startupProbe.httpGet.path")).isEqualTo("/q/health/started");
            assertThat((String) at(c, "livenessProbe.httpGet.path")).isEqualTo("/q/health/live");
            assertThat((String) at(c, "readinessProbe.httpGet.path")).isEqualTo("/q/health/ready");
            assertThat((String) at(c, "readinessProbe.httpGet.port")).isEqualTo("http");
            assertThat((Integer) at(c, "startupProbe.failureThreshold")
                    * (Integer) at(c, "startupProbe.periodSeconds")).as("seconds allowed for start and migrations")
                    .isGreaterThanOrEqualTo(120);
            assertThat((Object) at(c, "resources.limits.memory")).isNotNull();
            assertThat((Object) at(c, "resources.requests.cpu")).isNotNull();
        }
    }

    @Test
    void databaseSettingsComeOnlyFromTheExistingSecret() {
        Map<String, Object> c = container(production.get("Deployment", "certplan"));
        assertThat((String) at(env(c, "QUARKUS_DATASOURCE_JDBC_URL"), "valueFrom.secretKeyRef.name"))
                .isEqualTo("certplan-db-prod");
        assertThat((String) at(env(c, "QUARKUS_DATASOURCE_JDBC_URL"), "valueFrom.secretKeyRef.key")).isEqualTo("url");
        assertThat((String) at(env(c, "QUARKUS_DATASOURCE_USERNAME"), "valueFrom.secretKeyRef.key")).isEqualTo("user");
        assertThat((String) at(env(c, "QUARKUS_DATASOURCE_PASSWORD"), "valueFrom.secretKeyRef.key"))
                .isEqualTo("password");
        assertThat(production.ofKind("Secret")).as("the chart creates no Secret").isEmpty();
        Map<String, Object> config = production.get("ConfigMap", "certplan");
        assertThat((Map<String, Object>) at(config, "data")).doesNotContainKeys("QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_JDBC_URL");
    }

    @Test
    void podsRunAsNonRootWithAReadOnlyRootFilesystem() {
        for (RenderedChart chart : List.of(defaults, production)) {
            Map<String, Object> deployment = chart.get("Deployment", "certplan");
            assertThat((Boolean) at(deployment, "spec.template.spec.securityContext.runAsNonRoot")).isTrue();
            assertThat((Integer) at(deployment, "spec.template.spec.securityContext.runAsUser")).isEqualTo(185);
            assertThat((Boolean) at(deployment, "spec.template.spec.automountServiceAccountToken")).isFalse();
            Map<String, Object> c = container(deployment);
            assertThat((Boolean) at(c, "securityContext.readOnlyRootFilesystem")).isTrue();
            assertThat((Boolean) at(c, "securityContext.allowPrivilegeEscalation")).isFalse();
            assertThat((List<String>) at(c, "securityContext.capabilities.drop")).containsExactly("ALL");
            assertThat((String) at(c, "volumeMounts.0.mountPath")).isEqualTo("/tmp");
        }
    }

    @Test
    void policySolverAndJvmSettingsReachTheConfigMapAsEnvironmentVariables() {
        Map<String, Object> data = at(production.get("ConfigMap", "certplan"), "data");
        assertThat(data).containsEntry("CERTPLAN_POLICY_MAJOR_NC_DEADLINE_DAYS", "42")
                .containsEntry("CERTPLAN_POLICY_AUDITORS_COOLING_OFF_YEARS", "3")
                .containsEntry("CERTPLAN_POLICY_AUDITORS_MAX_DAYS_PER_MONTH", "14")
                .containsEntry("CERTPLAN_SOLVER_TIME_LIMIT", "PT120S")
                .containsEntry("CERTPLAN_SOLVER_UNIMPROVED_TIME_LIMIT", "PT20S")
                .containsEntry("CERTPLAN_SOLVER_LOCAL_SEARCH", "TABU_SEARCH")
                .containsEntry("CERTPLAN_TIME_ZONE", "Europe/Berlin")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "20")
                .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "true")
                .containsEntry("MP_JWT_VERIFY_ISSUER", "https://login.cb.example/realms/certplan")
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "https://login.cb.example/realms/certplan/protocol/openid-connect/certs")
                .containsEntry("CERTPLAN_REPLANNING_MAX_CHANGED_PUBLISHED", "5")
                .containsEntry("QUARKUS_LOG_CATEGORY__ORG_CERTPLAN__LEVEL", "INFO");
        assertThat((String) data.get("JDK_JAVA_OPTIONS")).contains("-XX:+UseParallelGC", "-XX:MaxRAMPercentage=75");
        Map<String, Object> deployment = production.get("Deployment", "certplan");
        assertThat((String) at(container(deployment), "envFrom.0.configMapRef.name")).isEqualTo("certplan");
        assertThat((String) at(deployment, "spec.template.metadata.annotations.checksum/config"))
                .as("pods roll when the configuration changes").hasSize(64);
    }

    @Test
    void theNightlyJobRunsInThePlannerOnly() {
        Map<String, Object> planner = production.get("StatefulSet", "certplan-planner");
        assertThat((Integer) at(planner, "spec.replicas")).isEqualTo(1);
        assertThat((String) at(env(container(planner), "CERTPLAN_REPLANNING_CRON"), "value")).isEqualTo("0 30 1 * * ?");
        Map<String, Object> api = production.get("Deployment", "certplan");
        assertThat((String) at(env(container(api), "QUARKUS_SCHEDULER_ENABLED"), "value"))
                .as("a replica with the job off would pause the shared Quartz trigger").isEqualTo("false");
        assertThat(env(container(api), "CERTPLAN_REPLANNING_CRON")).isNull();
        Map<String, Object> selector = at(production.get("Service", "certplan"), "spec.selector");
        assertThat(selector).as("the planner is not behind the API Service")
                .containsEntry("app.kubernetes.io/component", "api");
    }

    @Test
    void productionValuesAutoscaleExposeAndScrape() {
        Map<String, Object> deployment = production.get("Deployment", "certplan");
        assertThat((Object) at(deployment, "spec.replicas")).as("the autoscaler owns the replica count").isNull();
        assertThat((String) at(container(deployment), "image")).isEqualTo("registry.cb.example/platform/certplan:1.4.2");
        assertThat((Object) at(deployment,
                "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution"))
                .isNotNull();
        Map<String, Object> hpa = production.get("HorizontalPodAutoscaler", "certplan");
        assertThat((Integer) at(hpa, "spec.minReplicas")).isEqualTo(3);
        assertThat((Integer) at(hpa, "spec.maxReplicas")).isEqualTo(8);
        Map<String, Object> ingress = production.get("Ingress", "certplan");
        assertThat((String) at(ingress, "spec.rules.0.host")).isEqualTo("certplan.cb.example");
        assertThat((String) at(ingress, "spec.tls.0.secretName")).isEqualTo("certplan-tls");
        Map<String, Object> monitor = production.get("ServiceMonitor", "certplan");
        assertThat((String) at(monitor, "spec.endpoints.0.path")).isEqualTo("/q/metrics");
        assertThat((String) at(monitor, "metadata.labels.release")).isEqualTo("kube-prometheus-stack");
        assertThat((Integer) at(production.get("PodDisruptionBudget", "certplan"), "spec.maxUnavailable")).isEqualTo(1);
    }

    @Test
    void aJwtPublicKeyFromASecretIsMountedAndNamedAsTheKeyLocation() {
        RenderedChart chart = RenderedChart.render(c -> c.set("auth.jwt.publicKeySecret.name", "cb-jwt-key")
                .set("auth.jwt.issuer", "https://login.cb.example"));
        Map<String, Object> deployment = chart.get("Deployment", "certplan");
        assertThat((String) at(chart.get("ConfigMap", "certplan"), "data.MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                .isEqualTo("/etc/certplan/jwt/public-key.pem");
        assertThat((String) at(deployment, "spec.template.spec.volumes.1.secret.secretName")).isEqualTo("cb-jwt-key");
        assertThat((String) at(container(deployment), "volumeMounts.1.mountPath")).isEqualTo("/etc/certplan/jwt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIngressRoutesTheApiPortOnlyAndMetricsAndApiDocumentationStayOnTheManagementPort() {
        Map<String, Object> ingress = production.get("Ingress", "certplan");
        List<Map<String, Object>> paths = at(ingress, "spec.rules.0.http.paths");
        assertThat(paths).isNotEmpty().allSatisfy(path -> {
            assertThat((String) at(path, "backend.service.port.name")).isEqualTo("http");
            assertThat((String) at(path, "path")).doesNotStartWith("/q/metrics").doesNotStartWith("/q/openapi");
        });
        Map<String, Object> service = production.get("Service", "certplan");
        assertThat((List<Map<String, Object>>) at(service, "spec.ports"))
                .extracting(p -> p.get("name") + ":" + p.get("port") + "->" + p.get("targetPort"))
                .containsExactly("http:8080->http", "management:9000->management");
        for (Map<String, Object> workload : List.of(production.get("Deployment", "certplan"),
                production.get("StatefulSet", "certplan-planner"))) {
            assertThat((List<Map<String, Object>>) at(container(workload), "ports"))
                    .extracting(p -> p.get("name") + ":" + p.get("containerPort"))
                    .containsExactly("http:8080", "management:9000");
            assertThat((String) at(container(workload), "readinessProbe.httpGet.port")).isEqualTo("http");
        }
        assertThat((String) at(production.get("ServiceMonitor", "certplan"), "spec.endpoints.0.port"))
                .isEqualTo("management");
    }

    @Test
    void calendarLinksUseThePublicBaseUrlOrTheIngressHostAndTheConfiguredLifetime() {
        Map<String, Object> defaultConfig = at(defaults.get("ConfigMap", "certplan"), "data");
        assertThat(defaultConfig).doesNotContainKey("CERTPLAN_PUBLIC_BASE_URL")
                .containsEntry("CERTPLAN_CALENDAR_TOKEN_LIFETIME", "P365D");
        assertThat((String) at(production.get("ConfigMap", "certplan"), "data.CERTPLAN_PUBLIC_BASE_URL"))
                .as("from the Ingress host").isEqualTo("https://certplan.cb.example");
        RenderedChart configured = RenderedChart.render(c -> c.set("publicBaseUrl", "https://plan.cb.example/certplan")
                .set("calendar.tokenLifetime", "P90D").set("ingress.enabled", true));
        assertThat((Map<String, Object>) at(configured.get("ConfigMap", "certplan"), "data"))
                .containsEntry("CERTPLAN_PUBLIC_BASE_URL", "https://plan.cb.example/certplan")
                .containsEntry("CERTPLAN_CALENDAR_TOKEN_LIFETIME", "P90D");
    }

    @Test
    void theSchemaRejectsWrongValues() {
        assertRejected("replicaCount", "two");
        assertRejected("replicaCount", 0);
        assertRejected("database.password", "secret");
        assertRejected("database.existingSecret", "");
        assertRejected("solver.moveThreadCount", "many");
        assertRejected("solver.timeLimit", "60 seconds");
        assertRejected("auditorPolicy.max-days-per-month", 40);
        assertRejected("podAntiAffinity", "sometimes");
        assertRejected("securityContext.allowPrivilegeEscalation", true);
        assertRejected("replicas", 3);
        assertRejected("extraConfig.quarkus\\.datasource\\.password", "secret");
        assertRejected("publicBaseUrl", "certplan.cb.example");
        assertRejected("calendar.tokenLifetime", "a year");
    }

    private static void assertRejected(String key, Object value) {
        assertThatThrownBy(() -> RenderedChart.render(c -> c.set(key, value)))
                .as("%s=%s", key, value)
                .hasMessageContaining("values don't meet the specifications of the schema");
    }
}
