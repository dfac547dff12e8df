#!/usr/bin/env bash
# Measures the churn of a REPAIR run against a FULL run on the same small change (docs/replanning.md).
# Needs a running certplan with a generated dataset, e.g.
#   CERTPLAN_DATA_DIR=/var/tmp/churn-s CERTPLAN_DEMO=S QUARKUS_HTTP_PORT=8093 java -jar target/quarkus-app/quarkus-run.jar
# Usage: CERTPLAN_TOKEN=$(make -s token) scripts/churn-repair-vs-full.sh [base-url] [time-limit]
set -euo pipefail
BASE=${1:-http://localhost:8093}/api/v1
LIMIT=${2:-PT30S}
FROM=$(date -u +%F)
TO=$(date -u -d "$FROM + 18 months" +%F)
curl() { command curl -H "Authorization: Bearer ${CERTPLAN_TOKEN:?a planner token: make -s token}" "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

run() { # mode -> run id, after it ended
  local id
  id=$(curl -sf -X POST "$BASE/planning-runs" -H 'Content-Type: application/json' \
        -d "{\"from\":\"$FROM\",\"to\":\"$TO\",\"mode\":\"$1\",\"timeLimit\":\"$LIMIT\"}" | json 'd["id"]')
  while curl -sf "$BASE/planning-runs/$id" | json 'd["status"]' | grep -qE 'QUEUED|SOLVING'; do sleep 1; done
  echo "$id"
}

report() { # label run-id
  curl -sf "$BASE/planning-runs/$2" > /tmp/churn-run.json
  curl -sf "$BASE/planning-runs/$2/changes" > /tmp/churn-changes.json
  python3 - "$1" <<'PY'
import json, sys, datetime
run = json.load(open('/tmp/churn-run.json')); changes = json.load(open('/tmp/churn-changes.json'))
t = lambda s: datetime.datetime.fromisoformat(s.replace('Z', '+00:00'))
published = [c for c in changes if c['published']]
forced = [c for c in published if c['forcedBy']]
print(f"| {sys.argv[1]} | {len(published)} | {len(forced)} | {len(published) - len(forced)} | {len(changes)} "
      f"| {run['score']} | {run['feasible']} | {run['assigned']} / {run['unassigned']} "
      f"| {(t(run['endedAt']) - t(run['startedAt'])).total_seconds():.1f} s |")
PY
}

if [ -z "${SKIP_BASE:-}" ]; then
  echo "1. plan the horizon $FROM..$TO (FULL), apply and publish it"
  base=$(run FULL)
  curl -sf -X POST "$BASE/planning-runs/$base/apply" -H 'Content-Type: application/json' -d '{"appliedBy":"churn"}' >/dev/null
  published=$(curl -sf -X POST "$BASE/audits/publish" -H 'Content-Type: application/json' \
      -d "{\"from\":\"$FROM\",\"to\":\"$TO\",\"publishedBy\":\"churn\"}" | json 'len(d["auditIds"])')
  echo "   run $base applied; $published audits published"
fi

echo "2. the change: a lead's sick leave over a published audit, a new conflict of interest, a new certification"
audits=$(curl -sf "$BASE/audits?status=PLANNED&from=$FROM&to=$TO&size=500")
read -r sick lead sick_start sick_end client other <<<"$(echo "$audits" | python3 -c '
import json,sys
items=[a for a in json.load(sys.stdin)["items"] if a.get("publishedAt") and any(m["role"]=="LEAD" for m in a["team"])]
items.sort(key=lambda a: a["startDate"])
lead_of=lambda a: [m["auditorId"] for m in a["team"] if m["role"]=="LEAD"][0]
a=items[len(items)//4]
b=next(x for x in items[len(items)//2:] + items if lead_of(x) != lead_of(a))
print(a["id"], lead_of(a), a["startDate"], a["endDate"], b["clientId"], lead_of(b))')"
curl -sf -X POST "$BASE/auditors/$lead/unavailability" -H 'Content-Type: application/json' \
    -d "{\"from\":\"$sick_start\",\"to\":\"$sick_end\",\"reason\":\"sick leave\"}" >/dev/null
curl -sf -X POST "$BASE/auditors/$other/conflicts" -H 'Content-Type: application/json' \
    -d "{\"clientId\":$client,\"reason\":\"FINANCIAL\",\"from\":\"$FROM\",\"note\":\"shares bought\"}" >/dev/null
newclient=$(curl -sf -X POST "$BASE/clients" -H 'Content-Type: application/json' -d '{"name":"Churn New GmbH","persons":40,
  "sites":[{"name":"HQ","countryCode":"DE","city":"Berlin","latitude":52.52,"longitude":13.405,"persons":40,"central":true}],
  "technicalAreas":["33"],"languages":["de","en"]}' | json 'd["id"]')
curl -sf -X POST "$BASE/certifications" -H 'Content-Type: application/json' -d "{\"clientId\":$newclient,
  \"standard\":\"ISO/IEC 27001:2022\",\"scope\":\"Hosting\",\"applicationDate\":\"$FROM\"}" >/dev/null
echo "   leave of auditor $lead from $sick_start (audit $sick), conflict of auditor $other with client $client, client $newclient"

echo "3. REPAIR and FULL on the same state (neither applied)"
repair=$(run REPAIR)
full=$(run FULL)
echo "| run | published audits changed | forced by a hard rule | changed without a forcing rule | audits changed | score | feasible | assigned / unassigned | time (start to end) |"
echo "|---|---|---|---|---|---|---|---|---|"
report REPAIR "$repair"
report FULL "$full"
