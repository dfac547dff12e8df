# certplan — the commands a developer or operator needs. See README.md.
MVNW := ./mvnw -B
JAR  := target/quarkus-app/quarkus-run.jar

.PHONY: run build test bench openapi image clean

## run: build if needed, then start the service on :8080 (embedded MariaDB under ./data unless QUARKUS_DATASOURCE_JDBC_URL is set)
run: build
	java $(JAVA_OPTS) -jar $(JAR)

build:
	$(MVNW) -q package -DskipTests

## test: the whole suite (embedded MariaDB, or the server in CERTPLAN_TEST_DB_URL)
test:
	$(MVNW) verify

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
