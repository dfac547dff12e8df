# certplan — the commands a developer or operator needs. See README.md.
MVNW := ./mvnw -B
JAR  := target/quarkus-app/quarkus-run.jar

.PHONY: run build test acceptance browser bench openapi image token clean

## run: build if needed, then start the service on :8080 (embedded MariaDB under ./data unless QUARKUS_DATASOURCE_JDBC_URL is set)
run: build
	java $(JAVA_OPTS) -jar $(JAR)

build:
	$(MVNW) -q package -DskipTests

## token: print a bearer token signed with the local key under $CERTPLAN_DATA_DIR/keys (./data/keys, created at
## first start or by this command): make -s token ROLE=planner | ROLE=admin | ROLE=client CLIENT=<id> | ROLE=auditor AUDITOR=<id>;
## HOURS=12 is its lifetime. See docs/security.md.
APP  := target/quarkus-app
ROLE ?= planner
token: | $(JAR)
	@ROLE='$(ROLE)' CLIENT='$(CLIENT)' AUDITOR='$(AUDITOR)' HOURS='$(or $(HOURS),12)' \
	  java -cp '$(APP)/app/*:$(APP)/lib/boot/*:$(APP)/lib/main/*' org.certplan.platform.security.TokenCommand

$(JAR):
	$(MVNW) -q package -DskipTests

## test: the whole suite (embedded MariaDB, or the server in CERTPLAN_TEST_DB_URL)
test: browser
	$(MVNW) verify

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
## pushed there (the CI way); without, Jib hands it to a local Docker/Podman. IMAGE_GROUP (default certplan) is
## the repository's path in the registry; extra tags: IMAGE_TAGS=a,b. See docs/operations.md "Image".
IMAGE_REGISTRY ?=
IMAGE_GROUP ?= certplan
IMAGE_TAGS ?=
image:
	$(MVNW) package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.container-image.group=$(IMAGE_GROUP) \
	  $(if $(IMAGE_REGISTRY),-Dquarkus.container-image.registry=$(IMAGE_REGISTRY) -Dquarkus.container-image.push=true) \
	  $(if $(IMAGE_TAGS),-Dquarkus.container-image.additional-tags=$(IMAGE_TAGS))

clean:
	$(MVNW) -q clean
