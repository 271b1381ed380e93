#!/usr/bin/env bash
# The release tarball: `make install-files` into a staging folder named talks-VERSION, packed as
# dist/talks-VERSION-linux-x86_64.tar.gz. The tree is a prefix of its own (bin/, libexec/talks/,
# share/): talks finds its helper and archive relative to itself, so it runs wherever it is unpacked.
#
#   scripts/dist.sh BIN_PATH [OUT_DIR]     BIN_PATH: the built products (make dist: the release build)
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
bin_path="$(cd "$1" && pwd)"
out="${2:-$checkout/dist}"
version="$("$bin_path/talks" --version)"
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "dist: builds for Linux x86_64 only, not $(uname -s)-$(uname -m)" >&2; exit 2; }
name="talks-$version"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

make -s -C "$checkout" install-files BIN_PATH="$bin_path" DESTDIR="$stage" PREFIX="/$name" >/dev/null
strip --strip-unneeded "$stage/$name/bin/talks" "$stage/$name/libexec/talks/talks-fetch" 2>/dev/null || true
mkdir -p "$out"
# Sorted, with fixed owner and times: the same build gives the same bytes.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' \
  -C "$stage" -czf "$out/$name-linux-x86_64.tar.gz" "$name"
echo "$out/$name-linux-x86_64.tar.gz"
