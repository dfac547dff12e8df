#!/usr/bin/env bash
# Starts the built image in a real container (podman) the way the Helm chart runs it — the image's own entrypoint,
# user and working directory, read-only root file system, a writable /tmp only, all capabilities dropped, a memory
# limit — against a MariaDB database, and checks that
#   - /q/health/ready answers 200 (the schema was migrated, the database is reachable),
#   - the Java process runs as the image's non-root user, in its working directory, with its entrypoint as command,
#   - the image's JVM flags are in effect (ParallelGC, heap = MaxRAMPercentage of the container's memory limit).
# Not part of `make test`: it needs root or podman, and the image built by `make image`.
#   src/main/image/verify.sh [image, default: the one target/jib-image.id names]
# Environment: VERIFY_DB_URL (default jdbc:mariadb://127.0.0.1:3306/certplan_image, dropped and created anew),
# VERIFY_DB_USER (root), VERIFY_DB_PASSWORD (empty), VERIFY_PORT (8089), VERIFY_MEMORY (1536m),
# VERIFY_TIMEOUT seconds until ready (300), VERIFY_OCI_RUNTIME (runc: crun refuses hybrid cgroup v1/v2 hosts such as
# the build machine), VERIFY_ULIMITS (podman's default limits are above what some hosts allow even root to set).
set -euo pipefail

image=${1:-$(cat target/jib-image.id 2>/dev/null || true)}
[ -n "$image" ] || { echo "No image given and no target/jib-image.id: run make image first" >&2; exit 1; }
db_url=${VERIFY_DB_URL:-jdbc:mariadb://127.0.0.1:3306/certplan_image}
db_user=${VERIFY_DB_USER:-root}
db_password=${VERIFY_DB_PASSWORD:-}
port=${VERIFY_PORT:-8089}
memory=${VERIFY_MEMORY:-1536m}
timeout=${VERIFY_TIMEOUT:-300}
oci_runtime=${VERIFY_OCI_RUNTIME:-runc}
ulimits=${VERIFY_ULIMITS:---ulimit nofile=16384:16384 --ulimit nproc=16384:16384}
name=certplan-verify-$$

if ! command -v podman >/dev/null || ! command -v "$oci_runtime" >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "verify.sh needs podman and $oci_runtime (sudo apt-get install podman $oci_runtime)" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman "$oci_runtime"
fi
fail() { echo "FAIL: $*" >&2; exit 1; }

config=$(podman image inspect "$image" --format json 2>/dev/null | jq '.[0]') \
  || fail "podman has no image $image: make image-offline, or make image IMAGE_RUNTIME=podman, builds into podman"
image_user=$(jq -r '.Config.User' <<<"$config")
image_workdir=$(jq -r '.Config.WorkingDir' <<<"$config")
image_entrypoint=$(jq -r '.Config.Entrypoint | join(" ")' <<<"$config")
echo "== image $(jq -r '.RepoTags | join(", ")' <<<"$config")"
echo "   id $(jq -r '.Id' <<<"$config"), digest $(jq -r '.Digest' <<<"$config"), $(jq -r '.Size' <<<"$config") bytes, $(jq -r '.RootFS.Layers | length' <<<"$config") layers"
echo "   user $image_user, working directory $image_workdir, entrypoint: $image_entrypoint"
jq -r '.Config.Env[] | "   env " + .' <<<"$config"
[[ "$image_user" =~ ^[1-9][0-9]*$ ]] || fail "the image's user '$image_user' is not a numeric non-root uid"

# The default database is this script's own: emptied first, so that the image migrates a schema from nothing.
# A database given in VERIFY_DB_URL is used as it is.
if [ -z "${VERIFY_DB_URL:-}" ]; then
  command -v mariadb >/dev/null || fail "the default database needs the mariadb client (or give VERIFY_DB_URL)"
  MYSQL_PWD=$db_password mariadb -h127.0.0.1 -P3306 -u"$db_user" -e "DROP DATABASE IF EXISTS certplan_image;
    CREATE DATABASE certplan_image CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
fi

# A JWT verification key mounted read-only where the chart mounts its Secret.
keys=$(mktemp -d)
cleanup() { podman rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$keys"; }
trap cleanup EXIT
openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem"
openssl pkey -in "$keys/private.pem" -pubout -out "$keys/public.pem"
chmod 0755 "$keys"; chmod 0644 "$keys/public.pem"

echo "== podman run (host network, port $port, memory limit $memory, read-only root file system)"
# shellcheck disable=SC2086
podman --runtime "$oci_runtime" run -d --name "$name" --network host --memory "$memory" $ulimits \
  --read-only --tmpfs /tmp:rw,size=256m --cap-drop ALL --security-opt no-new-privileges \
  -v "$keys/public.pem:/etc/certplan/jwt/public.pem:ro" \
  -e QUARKUS_HTTP_PORT="$port" \
  -e QUARKUS_MANAGEMENT_PORT=0 \
  -e QUARKUS_DATASOURCE_JDBC_URL="$db_url" -e QUARKUS_DATASOURCE_USERNAME="$db_user" \
  -e QUARKUS_DATASOURCE_PASSWORD="$db_password" \
  -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=/etc/certplan/jwt/public.pem \
  "$image" >/dev/null

started=$(date +%s)
status=000
until [ "$status" = 200 ]; do
  [ "$(podman inspect "$name" --format '{{.State.Running}}')" = true ] || { podman logs "$name" | tail -40; fail "the container exited"; }
  (( $(date +%s) - started < timeout )) || { podman logs "$name" | tail -40; fail "not ready after ${timeout}s"; }
  sleep 2
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" || true)
done
echo "== ready after $(( $(date +%s) - started ))s: GET /q/health/ready -> $status"
curl -s "http://127.0.0.1:$port/q/health/ready" | jq -c .
echo "   GET /api/v1/policy without a token -> $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/policy")"

pid=$(podman inspect "$name" --format '{{.State.Pid}}')
uid=$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")
cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" | sed 's/ $//')
cwd=$(podman exec "$name" readlink /proc/1/cwd)
echo "== process $pid (pid 1 in the container): uid $uid, working directory $cwd"
echo "   command: $cmdline"
[ "$uid" = "$image_user" ] || fail "runs as uid $uid, the image says $image_user"
[ "$cwd" = "$image_workdir" ] || fail "working directory $cwd, the image says $image_workdir"
[ "$cmdline" = "$image_entrypoint" ] || fail "command is not the image's entrypoint"
logs=$(podman logs "$name" 2>&1)
grep -m1 'Picked up JDK_JAVA_OPTIONS' <<<"$logs" | sed 's/^/   log: /' || true

# jcmd of the build machine's JDK attaches to the JVM inside the container (the runtime image has no JDK tools).
flags=$(jcmd "$pid" VM.flags | tr ' ' '\n')
echo "== JVM flags in effect"
grep -E 'UseParallelGC|MaxRAMPercentage|MaxHeapSize|ExitOnOutOfMemoryError' <<<"$flags" | sed 's/^/   /'
grep -qx -- '-XX:+UseParallelGC' <<<"$flags" || fail "ParallelGC is not in effect"
grep -qE -- '^-XX:MaxRAMPercentage=75(\.0+)?$' <<<"$flags" || fail "MaxRAMPercentage is not 75"
max_heap=$(sed -n 's/^-XX:MaxHeapSize=//p' <<<"$flags")
limit=$(numfmt --from=iec "${memory^^}")
echo "   max heap $((max_heap / 1048576)) MiB of the ${memory} container limit"
(( max_heap <= limit * 75 / 100 && max_heap > limit * 70 / 100 )) || fail "the heap does not follow the container limit"
if [[ "$db_url" =~ ^jdbc:mariadb://(127\.0\.0\.1|localhost):([0-9]+)/([A-Za-z0-9_]+)$ ]] && command -v mariadb >/dev/null; then
  echo "== schema: $(MYSQL_PWD=$db_password mariadb -N -h127.0.0.1 -P"${BASH_REMATCH[2]}" -u"$db_user" "${BASH_REMATCH[3]}" \
    -e 'SELECT CONCAT(COUNT(*), " migrations applied, latest version ", MAX(CAST(version AS UNSIGNED))) FROM flyway_schema_history WHERE success')"
fi
echo "OK: the image starts the service"
