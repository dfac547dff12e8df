package org.certplan.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The manifests {@code helm template} renders from helm/certplan, parsed, with lookups by kind and name. */
final class RenderedChart {

    static final Path CHART = Path.of("helm", "certplan");
    static final Path PRODUCTION_VALUES = CHART.resolve("ci").resolve("production-values.yaml");
    static final String RELEASE = "certplan";
    static final String KUBE_VERSION = "1.30.0";

    final String text;
    final List<Map<String, Object>> manifests;

    private RenderedChart(String text) {
        this.text = text;
        this.manifests = parse(text);
    }

    static RenderedChart render(UnaryOperator<TemplateCommand> options) {
        TemplateCommand command = new Helm(CHART).template().withName(RELEASE).withNamespace("certplan")
                .withKubeVersion(KUBE_VERSION);
        return new RenderedChart(options.apply(command).call());
    }

    static RenderedChart defaults() {
        return render(c -> c);
    }

    static RenderedChart production() {
        return render(c -> c.withValuesFile(PRODUCTION_VALUES));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parse(String text) {
        List<Map<String, Object>> result = new ArrayList<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (Object document : yaml.loadAll(text)) {
            if (document instanceof Map<?, ?> map) {
                result.add((Map<String, Object>) map);
            }
        }
        return result;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(m -> name.equals(at(m, "metadata.name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in:\n" + text));
    }

    /** A value by dotted path; a numeric segment indexes a list. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String path) {
        Object current = node;
        for (String segment : path.split("\\.")) {
            if (current instanceof List<?> list && segment.matches("\\d+")) {
                current = list.get(Integer.parseInt(segment));
            } else if (current instanceof Map<?, ?> map) {
                current = map.get(segment);
            } else {
                return null;
            }
        }
        return (T) current;
    }

    /** The certplan container of a workload. */
    static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers = at(workload, "spec.template.spec.containers");
        return containers.stream().filter(c -> "certplan".equals(c.get("name"))).findFirst().orElseThrow();
    }

    /** The container's env entry of that name, or null. */
    static Map<String, Object> env(Map<String, Object> container, String name) {
        List<Map<String, Object>> env = at(container, "env");
        return env.stream().filter(e -> name.equals(e.get("name"))).findFirst().orElse(null);
    }
}
