#!/usr/bin/env bash
# make bench [MODE=quick|full] [SIZES="S M"] [LIMITS=10,60] [REPEATS=3] [BENCH_PARTS="plan report load"]
#            [EXACT_SECONDS=60] [BENCHMARKER="S M"] [BENCHMARKER_SECONDS=60] [CONSTRUCTIONS=heuristic,greedy]
#            [ACCEPTED_COUNTS=1,4 (late acceptance's accepted moves per step)] [PERIODS=12 (the split by period; 0 = none)]
#            [MOVES=seat-swaps-3x,optaplanner-default,change-only] [SOLVER_SEEDS=1,2,3 (the solver's seed per repeat)] [EXACT=false]
#            [PROFILE=realistic|understaffed (the datasets' profile, docs/datasets.md)] [BENCH_OUT=docs/benchmarks/<mode>]
# Plan quality and solver speed per dataset size (one Quarkus test JVM with its own embedded database each), then
# the charts and tables, then the service under load. Results: docs/benchmarks/<mode>/, artefacts: target/benchmarks/.
set -euo pipefail
cd "$(dirname "$0")/../../.."

MODE=${MODE:-quick}
case "$MODE" in
  quick) SIZES=${SIZES:-"S M"}; LIMITS=${LIMITS:-10}; REPEATS=${REPEATS:-3}
         BENCHMARKER=${BENCHMARKER-S}; BENCHMARKER_SECONDS=${BENCHMARKER_SECONDS:-10} ;;
  full)  SIZES=${SIZES:-"S M L"}; LIMITS=${LIMITS:-10,60,300}; REPEATS=${REPEATS:-3}
         BENCHMARKER=${BENCHMARKER-"S M"}; BENCHMARKER_SECONDS=${BENCHMARKER_SECONDS:-60} ;;
  *) echo "MODE must be quick or full, not '$MODE'" >&2; exit 2 ;;
esac
PARTS=${BENCH_PARTS:-"plan report load"}
# the Benchmarker, OptaPlanner and JAXB from one class loader inside the Quarkus test JVM
PARENT_FIRST=org.optaplanner:optaplanner-benchmark,org.optaplanner:optaplanner-core-impl,org.optaplanner:optaplanner-core,org.optaplanner:optaplanner-constraint-streams-bavet,org.optaplanner:optaplanner-constraint-streams-common,org.optaplanner:optaplanner-persistence-common,org.optaplanner:optaplanner-persistence-jaxb,jakarta.xml.bind:jakarta.xml.bind-api,org.glassfish.jaxb:jaxb-runtime,org.glassfish.jaxb:jaxb-core,org.glassfish.jaxb:txw2,com.sun.istack:istack-commons-runtime,jakarta.activation:jakarta.activation-api,org.eclipse.angus:angus-activation
export BENCH_OUT=${BENCH_OUT:-docs/benchmarks/$MODE}
MVN=(./mvnw -B -Pbench -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.transaction-manager.default-transaction-timeout=900s
  -Dquarkus.class-loading.parent-first-artifacts="$PARENT_FIRST" -Dcertplan.bench.out="$PWD/$BENCH_OUT")
mkdir -p "$BENCH_OUT" target/benchmarks

echo "bench: mode $MODE, sizes $SIZES, limits ${LIMITS}s, $REPEATS repeats; load now: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ " $PARTS " == *" plan "* ]]; then
  {
    echo "| what | value |"; echo "|---|---|"
    echo "| date (UTC) | $(date -u '+%F %H:%M') |"
    echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(nproc) cores |"
    echo "| memory | $(free -g | awk '/Mem:/{print $2}') GiB |"
    echo "| OS | $(. /etc/os-release; echo "$PRETTY_NAME") |"
    echo "| Java | $(java -version 2>&1 | head -1) |"
    echo "| load average at start (1/5/15 min) | $(cut -d' ' -f1-3 /proc/loadavg) |"
    echo "| bench | MODE=$MODE PROFILE=${PROFILE:-realistic} SIZES=\"$SIZES\" LIMITS=$LIMITS REPEATS=$REPEATS BENCHMARKER=\"$BENCHMARKER\" ACCEPTED_COUNTS=${ACCEPTED_COUNTS:-default} MOVES=${MOVES:-production} SOLVER_SEEDS=${SOLVER_SEEDS:-fixed} |"
  } >"$BENCH_OUT/machine-${SIZES// /}.md"
  for size in $SIZES; do
    "${MVN[@]}" test -Dtest=PlanQualityBench -Dcertplan.bench.size="$size" -Dcertplan.bench.profile="${PROFILE:-realistic}" -Dcertplan.bench.limits="$LIMITS" \
      -Dcertplan.bench.repeats="$REPEATS" -Dcertplan.bench.mode="$MODE" -Dcertplan.bench.constructions="${CONSTRUCTIONS:-greedy}" ${ACCEPTED_COUNTS:+-Dcertplan.bench.accepted-counts=$ACCEPTED_COUNTS} \
      ${MOVES:+-Dcertplan.bench.moves=$MOVES} ${SOLVER_SEEDS:+-Dcertplan.bench.solver-seeds=$SOLVER_SEEDS} \
      -Dcertplan.bench.exact="${EXACT:-true}" -Dcertplan.bench.exact-seconds="${EXACT_SECONDS:-60}" \
      -Dcertplan.bench.benchmarker="$([[ " $BENCHMARKER " == *" $size "* ]] && echo true || echo false)" \
      -Dcertplan.bench.benchmarker-seconds="$BENCHMARKER_SECONDS" ${PERIODS:+-Dcertplan.bench.parts=$PERIODS} 2>&1 | tee "target/benchmarks/plan-$size.log" \
      | grep -E "bench |Tests run:|ERROR|FAIL" || true
    grep -q "BUILD SUCCESS" "target/benchmarks/plan-$size.log" || { echo "bench: size $size failed, see target/benchmarks/plan-$size.log" >&2; exit 1; }
  done
fi
if [[ " $PARTS " == *" report "* ]]; then
  "${MVN[@]}" -q test -Dtest=BenchReport
fi
if [[ " $PARTS " == *" load "* ]]; then
  bash src/bench/sh/load.sh
fi
echo "bench: done; results in $BENCH_OUT/, artefacts in target/benchmarks/"
