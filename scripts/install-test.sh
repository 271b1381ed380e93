#!/usr/bin/env bash
# The install, as a user gets it: `make install-files` from the debug build into a temporary
# prefix, that tree moved elsewhere, the checkout hidden (a tmpfs over it, in a mount namespace of
# our own, where unshare may), and the installed talks run from another folder: --version -v,
# list, search, the browser in tmux, man, bash completion; then `make uninstall` leaves nothing.
#
#   scripts/install-test.sh            after `swift build` (CI: after `swift build --build-tests`)
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
bin_path="$(cd "$checkout" && swift build --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

make -s -C "$checkout" install-files BIN_PATH="$bin_path" PREFIX="$work/first" >/dev/null
# Relative to its own prefix: the tree works wherever it lands, and the first prefix is gone.
cp -a "$work/first" "$work/prefix" && rm -rf "$work/first"
mkdir -p "$work/elsewhere" "$work/cache" "$work/home"

cat > "$work/inner.sh" <<'INNER'
set -euo pipefail
prefix="$1" checkout="$2" hide="$3"
if [ "$hide" = yes ]; then
  mount -t tmpfs -o ro,size=1m none "$checkout"
  test ! -e "$checkout/Package.swift" || { echo "FAIL: checkout still visible"; exit 1; }
fi
cd "$(dirname "$prefix")/elsewhere"
export PATH="$prefix/bin:/usr/bin:/bin" HOME="$(dirname "$prefix")/home" XDG_CACHE_HOME="$(dirname "$prefix")/cache"
unset TALKS_ARCHIVE XDG_CONFIG_HOME
fail() { echo "FAIL: $*" >&2; exit 1; }

version="$(talks --version -v)"
grep -qx "archive: $prefix/share/talks/archive" <<<"$version" || fail "archive not the prefix's: $version"
grep -qx "helper: $prefix/libexec/talks/talks-fetch" <<<"$version" || fail "helper not the prefix's: $version"
[ "$(talks list | wc -l)" -eq 47 ] || fail "talks list: $(talks list 2>&1 | tail -3)"
talks search 'neural tangent' --limit 3 | grep -qi 'tangent' || fail "talks search found nothing"

# The browser in tmux at 80x24, then q.
socket="talks-install-$$"
tmux -L "$socket" -f /dev/null new-session -d -x 80 -y 24 \
  "env PATH='$PATH' HOME='$HOME' XDG_CACHE_HOME='$XDG_CACHE_HOME' TERM=xterm-256color LANG=C.UTF-8 talks"
screen=""
for _ in $(seq 50); do
  sleep 0.1
  screen="$(tmux -L "$socket" capture-pane -p 2>/dev/null || true)"
  grep -q 'Lyapunov' <<<"$screen" && break
done
tmux -L "$socket" send-keys q
sleep 0.3
alive="$(tmux -L "$socket" list-panes -F '#{pane_dead}' 2>/dev/null || true)"
tmux -L "$socket" kill-server 2>/dev/null || true
grep -q 'Lyapunov' <<<"$screen" || fail "the browser did not show the talks: $screen"
[ -z "$alive" ] || fail "q did not quit the browser"

# man finds the page beside bin/ on PATH, and renders it without a warning.
[ "$(man -w talks)" = "$prefix/share/man/man1/talks.1" ] || fail "man -w talks: $(man -w talks 2>&1)"
warnings="$(MANWIDTH=80 man --warnings talks 2>&1 >/dev/null)"
[ -z "$warnings" ] || fail "man warnings: $warnings"

# bash: bash-completion finds the script where it looks for a user's own (XDG_DATA_HOME, which is
# ~/.local/share for PREFIX=~/.local; Debian's 2.11 does not look beside bin/ on PATH), and it completes.
if [ -r /usr/share/bash-completion/bash_completion ]; then
  XDG_DATA_HOME="$prefix/share" bash -c 'source /usr/share/bash-completion/bash_completion; __load_completion talks && complete -p talks' \
    | grep -q '_talks' || fail "bash-completion did not load $prefix/share/bash-completion/completions/talks"
fi
completed="$(bash -c 'source "$1/share/bash-completion/completions/talks"
  COMP_WORDS=(talks sea); COMP_CWORD=1; COMP_LINE="talks sea"; COMP_POINT=${#COMP_LINE}
  _talks; printf "%s\n" "${COMPREPLY[@]}"' bash "$prefix")"
grep -qx 'search' <<<"$completed" || fail "bash completed 'talks sea' as: $completed"
echo "ok: installed talks ran from $PWD with the checkout $( [ "$hide" = yes ] && echo hidden || echo in place)"
INNER

if unshare -m true 2>/dev/null; then
  unshare -m bash "$work/inner.sh" "$work/prefix" "$checkout" yes
else
  echo "note: cannot unshare a mount namespace here; the checkout stays in place (paths are still checked)"
  bash "$work/inner.sh" "$work/prefix" "$checkout" no
fi

make -s -C "$checkout" uninstall PREFIX="$work/prefix" >/dev/null
left="$(find "$work/prefix" -type f)"
[ -z "$left" ] || { echo "FAIL: make uninstall left: $left" >&2; exit 1; }
echo "ok: install test in $((SECONDS - started)) s"
