# certplan — the commands a developer or operator needs. See README.md.
MVNW := ./mvnw -B
JAR  := target/quarkus-app/quarkus-run.jar

.PHONY: run demo build test mutation acceptance browser bench openapi image base-image image-offline image-verify token backup restore clean

## run: build if needed, then start the service on :8080 (embedded MariaDB under ./data unless QUARKUS_DATASOURCE_JDBC_URL is set)
run: build
	java $(JAVA_OPTS) -jar $(JAR)

build:
	$(MVNW) -q package -DskipTests

## demo: start afresh with demo data: empties the embedded database under $CERTPLAN_DATA_DIR (./data) after asking
## (YES=1 does not ask; refused while a service runs on it), then starts the service like make run with
## CERTPLAN_DEMO=$(SIZE) (S, M or L; PROFILE=understaffed for a CB short of auditors). See docs/datasets.md.
SIZE ?= S
demo: build
	@YES='$(YES)' java $(JAVA_OPTS) -cp '$(APP)/app/*:$(APP)/lib/boot/*:$(APP)/lib/main/*' \
	  org.certplan.platform.database.DatabaseCommand reset
	CERTPLAN_DEMO='$(SIZE)' $(if $(PROFILE),CERTPLAN_DEMO_PROFILE='$(PROFILE)') java $(JAVA_OPTS) -jar $(JAR)

## token: print a bearer token signed with the local key under $CERTPLAN_DATA_DIR/keys (./data/keys, created by the
## service at its first start): make -s token ROLE=planner | ROLE=admin | ROLE=client CLIENT=<id> | ROLE=auditor
## AUDITOR=<id>; HOURS=12 is its lifetime. Refused when the service on localhost:$QUARKUS_HTTP_PORT (8080) verifies
## tokens with another key pair, naming the CERTPLAN_DATA_DIR to use. See docs/security.md.
APP  := target/quarkus-app
ROLE ?= planner
token: | $(JAR)
	@ROLE='$(ROLE)' CLIENT='$(CLIENT)' AUDITOR='$(AUDITOR)' HOURS='$(or $(HOURS),12)' \
	  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '$(APP)/app/*:$(APP)/lib/boot/*:$(APP)/lib/main/*' \
	  org.certplan.platform.security.TokenCommand

$(JAR):
	$(MVNW) -q package -DskipTests

## test: the whole suite (embedded MariaDB, or the server in CERTPLAN_TEST_DB_URL)
test: browser
	$(MVNW) verify

## mutation: PIT mutation testing of the rule core (programme, planning constraints, eligibility) on its plain-JUnit
## tests, about 4 minutes on 2 cores; fails below 95% test strength per target; report target/pit-reports/index.html, figures
## per target at the end, accepted survivors in src/test/pit/survivors.md (docs/development.md)
mutation:
	@$(MVNW) -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage; rc=$$?; \
	  sh src/test/pit/strength.sh target/pit-reports/mutations.xml && exit $$rc

## acceptance: the planning engine on dataset M with the production solver settings (about 5 minutes)
acceptance:
	$(MVNW) test -Dtest=DatasetMPlanIT -Dsurefire.failIfNoSpecifiedTests=false

## browser: Debian's chromium and chromedriver for the dashboard's browser test; installed when missing and root,
## otherwise a clear failure (other paths: CERTPLAN_CHROMIUM, CERTPLAN_CHROMEDRIVER)
CERTPLAN_CHROMIUM ?= /usr/bin/chromium
CERTPLAN_CHROMEDRIVER ?= /usr/bin/chromedriver
browser:
	@if [ ! -x "$(CERTPLAN_CHROMIUM)" ] || [ ! -x "$(CERTPLAN_CHROMEDRIVER)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "== Installing chromium and chromium-driver for the dashboard's browser test"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	  else \
	    echo "The dashboard's browser test needs Chromium and chromedriver at $(CERTPLAN_CHROMIUM) and $(CERTPLAN_CHROMEDRIVER)."; \
	    echo "Install them (sudo apt-get install chromium chromium-driver) or point CERTPLAN_CHROMIUM/CERTPLAN_CHROMEDRIVER at them."; \
	    exit 1; \
	  fi; \
	fi

## bench: plan quality, solver speed and the service under load (docs/benchmarks.md). MODE=quick (S and M, 10 s,
## a few minutes) or MODE=full (S, M and L at 10/60/300 s); SIZES, LIMITS, REPEATS and BENCH_PARTS narrow it down.
MODE ?= quick
bench:
	MODE=$(MODE) bash src/bench/sh/bench.sh

## openapi: regenerate openapi/openapi.yaml from the running service
openapi:
	$(MVNW) test -Dtest=OpenApiDocumentTest -Dcertplan.openapi.update=true -Dsurefire.failIfNoSpecifiedTests=false

## image: build the container image with Jib (no Docker daemon needed to build). With IMAGE_REGISTRY set it is
## pushed there (the CI way); without, Jib hands it to the local container runtime IMAGE_RUNTIME: docker when its
## daemon answers, else podman (daemonless). IMAGE_GROUP (default certplan) is the repository's path in the registry;
## extra tags: IMAGE_TAGS=a,b; another base image: IMAGE_BASE (a registry reference or tar://<absolute path>).
## See docs/operations.md "Image".
IMAGE_REGISTRY ?=
IMAGE_GROUP ?= certplan
IMAGE_TAGS ?=
IMAGE_BASE ?=
IMAGE_RUNTIME ?= $(shell docker info >/dev/null 2>&1 && echo docker || { command -v podman >/dev/null && echo podman; } || echo docker)
image:
	$(MVNW) package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.container-image.group=$(IMAGE_GROUP) \
	  $(if $(IMAGE_REGISTRY),-Dquarkus.container-image.registry=$(IMAGE_REGISTRY) -Dquarkus.container-image.push=true,-Dquarkus.jib.docker-executable-name=$(IMAGE_RUNTIME)) \
	  $(if $(IMAGE_TAGS),-Dquarkus.container-image.additional-tags=$(IMAGE_TAGS)) \
	  $(if $(IMAGE_BASE),-Dquarkus.jib.base-jvm-image=$(IMAGE_BASE))

## base-image: the offline base image (Debian 12 + OpenJDK 17 JRE from Debian's packages, user 185) as a tar for
## Jib, for machines that reach no container registry; needs root (mmdebstrap). About 3 minutes.
BASE_IMAGE_TAR := target/image/certplan-base.tar
base-image:
	bash src/main/image/base-image.sh $(BASE_IMAGE_TAR)

$(BASE_IMAGE_TAR):
	bash src/main/image/base-image.sh $@

## image-offline: make image on the offline base image (built first when missing), into the local docker or podman;
## installs Debian's podman when neither is there and it runs as root
image-offline: | $(BASE_IMAGE_TAR)
	@if ! docker info >/dev/null 2>&1 && ! command -v podman >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "== Installing podman to receive the image"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman; \
	  else \
	    echo "make image-offline needs a Docker daemon or podman (sudo apt-get install podman)"; exit 1; \
	  fi; \
	fi
	$(MAKE) image IMAGE_BASE=tar://$(CURDIR)/$(BASE_IMAGE_TAR)

## image-verify: run the image just built (target/jib-image.id) in a podman container the way the chart does and
## check readiness against MariaDB, the non-root user and the JVM flags; needs root or podman (src/main/image/verify.sh)
image-verify:
	bash src/main/image/verify.sh

clean:
	$(MVNW) -q clean

## backup: a consistent dump of the embedded database (mariadb-dump --single-transaction), taken while the service
## runs or not, to FILE (default backups/certplan-<date>-<time>.sql.gz); restore: FILE back into the embedded
## database of a stopped service, replacing it. Both use $CERTPLAN_DATA_DIR (./data). See docs/operations.md.
backup: | $(JAR)
	@java $(JAVA_OPTS) -cp '$(APP)/app/*:$(APP)/lib/boot/*:$(APP)/lib/main/*' org.certplan.platform.database.DatabaseCommand backup '$(FILE)'

restore: | $(JAR)
	@java $(JAVA_OPTS) -cp '$(APP)/app/*:$(APP)/lib/boot/*:$(APP)/lib/main/*' org.certplan.platform.database.DatabaseCommand restore '$(FILE)'
