#!/usr/bin/env bash
# Regenerates screenshots/: the real talks binary in a real xterm under Xvfb, driven through tmux.
# Needs: xvfb xterm imagemagick tmux fonts-dejavu-core (Debian: apt-get install xvfb xterm imagemagick tmux fonts-dejavu-core)
set -euo pipefail
cd "$(dirname "$0")/.."
# SWIFT_SCRATCH_PATH: build in that folder instead of .build (a shared checkout's own scratch path).
scratch=(${SWIFT_SCRATCH_PATH:+--scratch-path "$SWIFT_SCRATCH_PATH"})
swift build -c release "${scratch[@]}" --product talks >/dev/null
talks="$(swift build -c release "${scratch[@]}" --show-bin-path)/talks"
out="screenshots"
mkdir -p "$out"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 2400x1500x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
socket="talks-shots-$$"
cache="$(mktemp -d)"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$cache"' EXIT
sleep 1

# shot NAME COLS ROWS INPUT...: opens talks at COLS×ROWS, types each INPUT (@Name is a key such as
# @Enter, anything else literal text), saves NAME.png.
shot() {
  local name=$1 cols=$2 rows=$3; shift 3
  tmux -L "$socket" kill-server 2>/dev/null || true
  DISPLAY=$display xterm -geometry "${cols}x${rows}+10+10" -fa "DejaVu Sans Mono" -fs 11 -bg "#fdfdfd" -fg "#1e1e1e" \
    -xrm 'XTerm*cursorColor: #1e1e1e' -e env TERM=xterm-256color tmux -L "$socket" -f /dev/null \
    new-session "env XDG_CACHE_HOME=$cache LANG=C.UTF-8 TZ=Europe/Berlin $talks" \; set -g status off &
  local xterm=$!
  for _ in $(seq 50); do tmux -L "$socket" capture-pane -p 2>/dev/null | grep -q "/ search" && break; sleep 0.1; done
  for input in "$@"; do
    case "$input" in
      @*) tmux -L "$socket" send-keys "${input#@}" ;;
      *) tmux -L "$socket" send-keys -l "$input" ;;
    esac
    sleep 0.3
  done
  sleep 0.5
  DISPLAY=$display import -window root -crop 2390x1490+0+0 +repage "$out/$name.png"
  convert "$out/$name.png" -trim +repage "$out/$name.png"
  kill $xterm 2>/dev/null || true
  wait $xterm 2>/dev/null || true
}

shot list-80x24 80 24
shot preview-80x24 80 24 "v"
shot search-80x24 80 24 "/" "lyap"
shot detail-80x24 80 24 "/lyap" @Enter @Enter "jjj"
shot help-80x24 80 24 "?"
shot wide-160x45 160 45 "p/neural tangent" @Enter
shot topics-100x30 100 30 "t"
shot tiny-28x7 28 7
echo "screenshots written to $out/"
