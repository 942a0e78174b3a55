#!/usr/bin/env bash
# Installs everything golmok needs on a Debian 12 machine, as root. Safe to run again: every step
# checks whether its work is already done. Sourced by scripts/serve.sh and scripts/test.sh, or run
# on its own.
set -euo pipefail

GOLMOK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Sources compiled into the page come from Debian's source packages; each orig tarball's SHA-256
# is pinned here so a different upload is noticed instead of silently built. Dear ImGui draws the
# page; zlib and Brotli's encoder make the compressed copies in the update the editor publishes
# (the native tools link Debian's libraries instead).
#   name  Debian version  orig tarball  SHA-256  folder under third_party
DEBIAN_SOURCES=(
  "imgui 1.86+ds-1 imgui_1.86+ds.orig.tar.xz 0dace0e8e57d298eb6e93af12dc19420cb96330832f6495c733b90aeeef11f64 imgui"
  "zlib 1:1.2.13.dfsg-1 zlib_1.2.13.dfsg.orig.tar.bz2 71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1 zlib"
  "brotli 1.0.9-2 brotli_1.0.9.orig.tar.gz f9e8d81d0405ba66d181529af42a3354f838c939095ff99930da6aa9cdf6fe46 brotli"
)

APT_PACKAGES=(
  ca-certificates build-essential cmake ninja-build pkg-config
  emscripten binaryen
  nlohmann-json3-dev googletest libgtest-dev libgmock-dev libbenchmark-dev
  fonts-nanum fonts-noto-cjk python3 python3-jsonschema libqrencode-dev libharfbuzz-dev
  librsvg2-bin libzopfli-dev libbrotli-dev zlib1g-dev time
  chromium
)
# Only scripts/fuzz.sh needs these: Debian's clang 14 with libFuzzer and the sanitizer runtimes,
# and llvm-symbolizer (in llvm-14) for readable stack traces.
FUZZ_APT_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)

die() { echo "golmok setup: $*" >&2; exit 1; }
say() { echo "golmok setup: $*"; }

require_root() {
  if [ "$(id -u)" -ne 0 ]; then
    die "installing packages needs root; run this command as root (or with sudo)."
  fi
}

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then
    say "refreshing the package lists"
    apt-get update -qq || die "apt-get update failed; check the network and /etc/apt/sources.list*."
    apt_updated=1
  fi
}

# install_debian_packages [PACKAGE…]: the given packages, or APT_PACKAGES.
install_debian_packages() {
  local wanted=("$@")
  [ "${#wanted[@]}" -gt 0 ] || wanted=("${APT_PACKAGES[@]}")
  local missing=()
  local pkg
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  # Node.js and npm: keep whatever node the machine already has (it may come from another
  # repository whose nodejs conflicts with Debian's npm); otherwise take Debian's.
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ "${#missing[@]}" -eq 0 ]; then
    say "Debian packages already installed"
    return
  fi
  require_root
  apt_update_once
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "could not install: ${missing[*]}"
}

# apt-get source needs a deb-src line; add one for bookworm main next to the existing sources.
ensure_deb_src() {
  if grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return
  fi
  require_root
  say "adding a deb-src entry for Debian bookworm main (for the sources compiled into the page)"
  cat > /etc/apt/sources.list.d/golmok-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_updated=0
  apt_update_once
}

# fetch_debian_source NAME VERSION ORIG SHA256 FOLDER: unpacks the orig tarball of Debian's
# source package into third_party/FOLDER, once.
fetch_debian_source() {
  local name="$1" version="$2" orig="$3" sha="$4" dir="$GOLMOK_ROOT/third_party/$5"
  if [ -f "$dir/.golmok-ok" ] && [ "$(cat "$dir/.golmok-ok")" = "$sha" ]; then
    say "$name $version sources already in third_party/$5"
    return
  fi
  ensure_deb_src
  local work
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT  # also when a step below dies
  # apt verifies the files against the signed Sources index; the pinned hash below is a second,
  # project-owned check.
  (cd "$work" && apt-get source --only-source --download-only -qq -o APT::Sandbox::User=root "$name=$version") \
    || die "could not download Debian's $name $version source package"
  [ -f "$work/$orig" ] || die "the source package has no $orig"
  local dsc_sum got
  dsc_sum="$(awk -v f="$orig" '/^Checksums-Sha256:/{s=1;next} /^[^ ]/{s=0} s && $3==f {print $1}' "$work"/"$name"_*.dsc)"
  got="$(sha256sum "$work/$orig" | cut -d' ' -f1)"
  [ "$got" = "$dsc_sum" ] || die "$orig does not match its .dsc (got $got, .dsc says $dsc_sum)"
  [ "$got" = "$sha" ] || die "$orig has SHA-256 $got, expected $sha"
  rm -rf "$dir"
  mkdir -p "$dir"
  tar -xf "$work/$orig" -C "$dir" --strip-components=1
  echo "$got" > "$dir/.golmok-ok"
  rm -rf "$work"
  trap - EXIT
  say "$name $version unpacked into third_party/$5"
}

fetch_debian_sources() {
  local entry
  for entry in "${DEBIAN_SOURCES[@]}"; do
    # shellcheck disable=SC2086  # the entry is five words
    fetch_debian_source $entry
  done
}

install_npm_packages() {
  local dir="$GOLMOK_ROOT/tests/e2e"
  if [ -d "$dir/node_modules/playwright-core" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    say "npm packages already installed"
    return
  fi
  say "installing npm packages for the browser tests"
  # playwright-core never downloads a browser; the tests drive Debian's /usr/bin/chromium.
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) \
    || die "npm ci failed in tests/e2e"
}

golmok_setup() {
  install_debian_packages
  fetch_debian_sources
  install_npm_packages
}

# Run directly: do the whole setup. Sourced: the caller decides.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  golmok_setup
fi
