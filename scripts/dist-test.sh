#!/usr/bin/env bash
# The release tarball on a machine without Swift: unpacked into an empty prefix, every binary's
# shared libraries (ldd) must be system ones, none from the Swift toolchain; then the unpacked
# talks runs `--version -v`, `list` and `search` from another folder, with the checkout out of PATH.
#
#   scripts/dist-test.sh TARBALL      (CI: the tarball scripts/dist.sh makes of the debug build)
set -euo pipefail
tarball="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/prefix" "$work/elsewhere" "$work/home" "$work/cache"
tar -xzf "$tarball" -C "$work/prefix" --strip-components=1
bins=("$work/prefix/bin/talks" "$work/prefix/libexec/talks/talks-fetch")
for bin in "${bins[@]}"; do
  [ -x "$bin" ] || fail "$bin missing from the tarball"
  libs="$(ldd "$bin")"
  # The toolchain's libraries: libswift*, Foundation's, dispatch, or anything resolved under its folder.
  toolchain="$(grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|/swift/|not found' <<<"$libs" || true)"
  [ -z "$toolchain" ] || fail "$(basename "$bin") needs the Swift toolchain: $toolchain"
  echo "$(basename "$bin"): $(awk '/=>/ {print $1}' <<<"$libs" | sort | tr '\n' ' ')"
done

cd "$work/elsewhere"
export PATH="$work/prefix/bin:/usr/bin:/bin" HOME="$work/home" XDG_CACHE_HOME="$work/cache"
unset TALKS_ARCHIVE XDG_CONFIG_HOME LD_LIBRARY_PATH
version="$(talks --version -v)"
grep -qx "archive: $work/prefix/share/talks/archive" <<<"$version" || fail "archive not the tarball's: $version"
grep -qx "helper: $work/prefix/libexec/talks/talks-fetch" <<<"$version" || fail "helper not the tarball's: $version"
[ "$(talks list | wc -l)" -gt 40 ] || fail "talks list: $(talks list 2>&1 | tail -3)"
talks search 'neural tangent' --limit 3 | grep -qi 'tangent' || fail "talks search found nothing"
# The helper parses its arguments and answers in its protocol without the toolchain too.
out="$("$work/prefix/libexec/talks/talks-fetch" --cache "$work/cache" 2>&1 || true)"
grep -q "^error talks-fetch: Missing expected argument" <<<"$out" || fail "talks-fetch: $out"
echo "dist test passed: $(basename "$tarball") ($(du -h "$tarball" | cut -f1))"
