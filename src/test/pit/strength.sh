#!/bin/sh
# Test strength per target of `make mutation`, from PIT's mutations.xml: killed (detected) of the mutants the tests
# cover. Fails when a target is below the threshold (default 95). Survivors: src/test/pit/survivors.md.
set -eu
report=${1:-target/pit-reports/mutations.xml}
threshold=${2:-95}
[ -f "$report" ] || { echo "no PIT report at $report (run make mutation)"; exit 1; }
sed 's#</mutation>#&\n#g' "$report" | awk -v threshold="$threshold" '
    /<mutation / {
        class = $0; sub(/.*<mutatedClass>/, "", class); sub(/<\/mutatedClass>.*/, "", class)
        status = $0; sub(/.* status=.?/, "", status); sub(/[^A-Z_].*/, "", status)
        detected = ($0 ~ /detected=.true/)
        if (class ~ /^org\.certplan\.programme\./) target = "org.certplan.programme.*"
        else if (class ~ /^org\.certplan\.planning\.(AuditPlanConstraints|TeamCompletion)/) target = "planning.AuditPlanConstraints + TeamCompletion"
        else if (class ~ /^org\.certplan\.auditor\.EligibilityRules/) target = "auditor.EligibilityRules"
        else if (class ~ /^org\.certplan\.rules\./) target = "org.certplan.rules.*"
        else target = "other: " class
        total[target]++
        if (status == "NO_COVERAGE") uncovered[target]++
        else if (detected) killed[target]++
        else survived[target]++
    }
    END {
        printf "%-48s %8s %7s %9s %12s %14s\n", "target", "mutants", "killed", "survived", "no coverage", "test strength"
        failed = 0
        for (t in total) {
            covered = total[t] - uncovered[t]
            strength = covered > 0 ? 100 * killed[t] / covered : 0
            printf "%-48s %8d %7d %9d %12d %13.1f%%\n", t, total[t], killed[t], survived[t], uncovered[t], strength
            if (strength < threshold) failed = 1
        }
        if (failed) { printf "a target is below %d%% test strength\n", threshold; exit 1 }
    }'
