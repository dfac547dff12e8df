package org.certplan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.certplan.platform.database.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```sh} block of README.md and docs/*.md, run as written against the production jar started with
 * {@code CERTPLAN_DEMO=S}: one bash per page ({@code set -euo pipefail}), blocks in page order, {@code make} from
 * the project, every {@code curl} failing on an HTTP error the block does not expect. See docs/development.md.
 */
class DocumentationProcessIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path WORK = PROJECT.resolve(Path.of("target", "doc-test"));
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern FAILED_AT = Pattern.compile("__DOC_FAILED__ (\\d+)");
    private static final String PRELUDE = """
            set -euo pipefail
            trap 'echo "__DOC_FAILED__ $LINENO" >&2' ERR
            make() { command make --no-print-directory -C "$CERTPLAN_PROJECT" "$@"; }
            curl() {
              local err rc=0 status fail=--fail-with-body arg
              for arg in "$@"; do
                if [[ "$arg" == --fail || "$arg" =~ ^-[A-Za-z]*f[A-Za-z]*$ ]]; then fail=-f; fi
              done
              err=$(mktemp)
              command curl -S "$fail" "$@" 2>"$err" || rc=$?
              cat "$err" >&2
              status=$(sed -n 's/.*returned error: \\([0-9]*\\).*/\\1/p' "$err" | head -n 1)
              rm -f "$err"
              if [ "$rc" = 22 ]; then
                case " $__expect " in *" $status "*) return 0 ;; esac
                echo "HTTP $status, which the page does not say to expect" >&2
              fi
              return "$rc"
            }
            """;

    @Test
    void everyShellExampleRunsAsWrittenAgainstTheDemoDataset() throws Exception {
        Path data = WORK.resolve("data-" + Instant.now().toEpochMilli());
        List<String> failures = new ArrayList<>();
        // the nightly job a page starts plans with the service's own time limit: short, so that it ends with its page
        Map<String, String> env = Map.of("CERTPLAN_DEMO", "S", "CERTPLAN_SOLVER_TIME_LIMIT", "PT10S");
        try (ServiceProcess service = ServiceProcess.start(data, env).awaitReady()) {
            for (Path page : pages()) {
                ShellExamples examples = ShellExamples.of(page);
                if (!examples.blocks().isEmpty()) {
                    run(examples, service, data).ifPresent(failures::add);
                }
            }
        }
        assertThat(failures).as("documentation examples that do not run as written").isEmpty();
    }

    /** README.md, the getting-started page (it starts from the untouched demo data), then docs/*.md by name. */
    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(PROJECT.resolve("README.md"),
                PROJECT.resolve("docs/getting-started.md")));
        try (Stream<Path> docs = Files.list(PROJECT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().filter(p -> !pages.contains(p)).forEach(pages::add);
        }
        return pages;
    }

    private static Optional<String> run(ShellExamples examples, ServiceProcess service, Path data)
            throws IOException, InterruptedException {
        String name = PROJECT.relativize(examples.page()).toString();
        Path dir = Files.createDirectories(WORK.resolve(name.replace('/', '_')));
        ShellExamples.Script script = examples.script(PRELUDE, service.httpPort());
        Path file = dir.resolve("examples.sh");
        Files.writeString(file, script.text());
        Path output = dir.resolve("output.txt");
        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = bash.environment();
        env.keySet().removeIf(key -> key.startsWith("CERTPLAN_") || key.startsWith("QUARKUS_"));
        env.put("CERTPLAN_PROJECT", PROJECT.toString());
        env.put("CERTPLAN_DATA_DIR", data.toString());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.httpPort()));
        long started = System.nanoTime();
        Process process = bash.start();
        if (!process.waitFor(PAGE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            return Optional.of(name + ": did not finish within " + PAGE_TIMEOUT + "\n" + tail(output));
        }
        System.out.printf("%s: %d blocks in %d ms%n", name, examples.blocks().size(),
                (System.nanoTime() - started) / 1_000_000);
        if (process.exitValue() == 0) {
            return Optional.empty();
        }
        String log = Files.readString(output);
        Matcher at = FAILED_AT.matcher(log);
        int line = at.find() ? script.pageLine(Integer.parseInt(at.group(1))) : 0;
        return Optional.of(name + ":" + line + ": exit " + process.exitValue() + "\n" + tail(output));
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    }
}
