#!/usr/bin/env bash
# Builds the offline base image: Debian 12 (bookworm) with OpenJDK 17 JRE and the user jboss (uid 185, home
# /home/jboss), the same runtime contract as registry.access.redhat.com/ubi9/openjdk-17-runtime. Everything comes
# from Debian's package archive, so it works where no container registry is reachable. The result is a
# docker-archive tar (the format of `docker save`) that Jib takes as its base with
# -Dquarkus.jib.base-jvm-image=tar://<absolute path>. Needs root and mmdebstrap (installed when missing).
#   src/main/image/base-image.sh [output tar, default target/image/certplan-base.tar]
set -euo pipefail

out=$(realpath -m "${1:-target/image/certplan-base.tar}")
tag=${BASE_IMAGE_TAG:-certplan/base-openjdk-17:bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

[ "$(id -u)" = 0 ] || { echo "base-image.sh needs root (mmdebstrap builds the root file system in a chroot)" >&2; exit 1; }
if ! command -v mmdebstrap >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap
fi
command -v jq >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/archive" "$(dirname "$out")"

# One layer: the root file system, without documentation, man pages or apt lists. update-alternatives (run by the
# JRE's postinst) needs /usr/share/man/man1 to exist although man pages are left out.
# The hooks' "$1" is the root file system; mmdebstrap expands it, not this shell.
# shellcheck disable=SC2016
mmdebstrap --variant=apt \
  --include=openjdk-17-jre-headless,ca-certificates,tzdata \
  --aptopt='APT::Install-Recommends "false"' \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook='chroot "$1" useradd --uid 185 --gid 0 --home-dir /home/jboss --create-home --shell /usr/sbin/nologin jboss' \
  --customize-hook='chmod 0775 "$1/home/jboss"' \
  --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin "$1"/var/log/*.log' \
  bookworm "$work/archive/layer.tar" \
  "deb $mirror bookworm main" "deb $mirror bookworm-updates main" "deb $security_mirror bookworm-security main"

layer_digest=sha256:$(sha256sum "$work/archive/layer.tar" | cut -d' ' -f1)
java_home=/usr/lib/jvm/java-17-openjdk-amd64
jq -n --arg diff "$layer_digest" --arg created "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg java_home "$java_home" '{
  architecture: "amd64", os: "linux", created: $created,
  config: {
    User: "185", WorkingDir: "/home/jboss",
    Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "JAVA_HOME=\($java_home)",
          "LANG=C.UTF-8", "HOME=/home/jboss"],
    Cmd: ["java", "-version"]
  },
  rootfs: {type: "layers", diff_ids: [$diff]},
  history: [{created: $created, created_by: "mmdebstrap bookworm + openjdk-17-jre-headless (src/main/image/base-image.sh)"}]
}' > "$work/archive/config.json"
config_name=$(sha256sum "$work/archive/config.json" | cut -d' ' -f1).json
mv "$work/archive/config.json" "$work/archive/$config_name"
jq -n --arg config "$config_name" --arg tag "$tag" '[{Config: $config, RepoTags: [$tag], Layers: ["layer.tar"]}]' \
  > "$work/archive/manifest.json"

tar -C "$work/archive" -cf "$out" manifest.json "$config_name" layer.tar
echo "base image $tag: $out ($(du -h "$out" | cut -f1)), config sha256:${config_name%.json}"
