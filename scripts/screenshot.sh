#!/usr/bin/env bash
# Takes the README screenshots of the real window: builds bin/dossier, starts it
# under Xvfb on a fresh home (so the first start creates the default collection
# from the embedded demo set), and writes
#   docs/screenshot-main.png    the window as it opens
#   docs/screenshot-search.png  after Ctrl+F, "Halfaya", Down, Return
#   docs/screenshot-timeline.png  an entity selected in the sidebar, timeline tab,
#                                 one event of the table on its card
#   docs/screenshot-dark.png    the window as it opens with FYNE_THEME=dark
#
#   scripts/screenshot.sh [--no-dark] [--keep-home]
# Env: DISPLAY_NUM (default 99), SCREEN (default 1400x900x24), DOSSIER_BIN (a
# binary to run instead of building bin/dossier; for testing this script),
# OUT_DIR (default docs).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

dark=1
keep_home=0
for arg in "$@"; do
  case "$arg" in
    --no-dark) dark=0 ;;
    --keep-home) keep_home=1 ;;
    -h | --help)
      sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "screenshot.sh: unknown argument $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

"$root/scripts/deps.sh" build screenshot

bin="${DOSSIER_BIN:-}"
if [ -z "$bin" ]; then
  # The real binary, never -tags ci: that one has a headless driver and no window.
  echo "screenshot.sh: go build -o bin/dossier . (the first build compiles go-gl: minutes)" >&2
  go build -o bin/dossier .
  bin="$root/bin/dossier"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/dossier-shots.XXXXXX")"
home="$work/home"
out="${OUT_DIR:-$root/docs}"
mkdir -p "$home" "$out"
xvfb_pid=""
app_pid=""

stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    # Give it a moment to close the database cleanly, then insist.
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}

cleanup() {
  stop_app
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  if [ "$keep_home" = 1 ]; then
    echo "screenshot.sh: kept $work (home and logs)" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Xvfb on :99 unless that display is taken (another Xvfb, a CI job).
num="${DISPLAY_NUM:-99}"
while [ -e "/tmp/.X$num-lock" ] || [ -e "/tmp/.X11-unix/X$num" ]; do num=$((num + 1)); done
export DISPLAY=":$num"
Xvfb "$DISPLAY" -screen 0 "${SCREEN:-1400x900x24}" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do
  xdotool getdisplaygeometry >/dev/null 2>&1 && break
  if ! kill -0 "$xvfb_pid" 2>/dev/null; then
    echo "screenshot.sh: Xvfb failed to start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
  fi
  sleep 0.1
done

fail() {
  echo "screenshot.sh: $*" >&2
  if [ -s "$work/app.log" ]; then
    echo "--- last lines of the app's output ---" >&2
    tail -n 30 "$work/app.log" >&2
  fi
  exit 1
}

# start_app runs the real binary on the fresh home; extra args are env vars.
start_app() {
  env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" LANG=en_US.UTF-8 "$@" \
    "$bin" >>"$work/app.log" 2>&1 &
  app_pid=$!
}

# wait_window prints the id of the app's visible window (polls up to 30 s).
wait_window() {
  local wid=""
  for _ in $(seq 1 150); do
    kill -0 "$app_pid" 2>/dev/null || fail "$bin exited before its window appeared"
    wid="$(xdotool search --onlyvisible --name Dossier 2>/dev/null | head -n 1 || true)"
    if [ -n "$wid" ]; then
      echo "$wid"
      return 0
    fi
    sleep 0.2
  done
  fail "no window named Dossier after 30 s"
}

# grab writes the screen to $1 (a fast raw format for comparisons).
grab() { import -window root "$1"; }

# wait_stable polls the screen until grabs 0.4 s apart differ by fewer
# pixels than a blinking text cursor covers, $2 times in a row (default 2),
# so we capture after the first paint, the demo import and any search have
# settled (at most $1 seconds).
wait_stable() {
  local limit=$(($1 * 5 / 2)) diff calm=0 need=${2:-2}
  grab "$work/prev.miff"
  for _ in $(seq 1 "$limit"); do
    sleep 0.4
    grab "$work/cur.miff"
    # compare prints the count of differing pixels on stderr (maybe as 1.2e+06)
    # and exits 1 when they differ: both are expected here.
    diff="$(compare -metric AE -fuzz 2% "$work/prev.miff" "$work/cur.miff" null: 2>&1 || true)"
    diff="$(awk '{ printf "%d", $1 }' <<<"$diff")"
    # Calm intervals in a row, so a pause between progress steps is not
    # mistaken for the end of the work.
    if [ "$diff" -lt 400 ]; then calm=$((calm + 1)); else calm=0; fi
    [ "$calm" -ge "$need" ] && return 0
    mv -f "$work/cur.miff" "$work/prev.miff"
  done
  echo "screenshot.sh: screen still changing after $1 s; capturing anyway" >&2
}

# shoot captures the whole screen and crops it to the app's window.
shoot() {
  local wid=$1 file=$2 X Y WIDTH HEIGHT
  grab "$work/shot.png"
  eval "$(xdotool getwindowgeometry --shell "$wid" | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
  convert "$work/shot.png" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$file"
  echo "screenshot.sh: wrote $file (${WIDTH}x${HEIGHT})" >&2
}

# Light theme: first start fills the demo collection.
start_app FYNE_THEME=light
wid="$(wait_window)"
# No window manager runs under Xvfb: give the window keyboard focus ourselves.
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
# The demo import pauses between its files (the seed article, then the
# FA-KES table) for a second or more: wait out 4 s of calm.
wait_stable 90 10
shoot "$wid" "$out/screenshot-main.png"

xdotool key --clearmodifiers ctrl+f
sleep 0.3
xdotool type --delay 60 Halfaya
sleep 1
xdotool key Down
sleep 0.3
xdotool key Return
wait_stable 15
shoot "$wid" "$out/screenshot-search.png"

# The analyst's desk: an armed group picked in the sidebar (filter box,
# then the first entity under its heading), its details, and the timeline
# tab. Positions are those of the 1280x800 window's default layout.
xdotool key --clearmodifiers ctrl+a BackSpace
sleep 0.5
xdotool mousemove --window "$wid" 130 87 click 1
sleep 0.3
xdotool type --delay 60 "Jabhat"
sleep 1
xdotool mousemove --window "$wid" 100 166 click 1
sleep 1
xdotool key --clearmodifiers ctrl+2
wait_stable 15
# one event of the table on its card
xdotool mousemove --window "$wid" 900 641 click 1
wait_stable 15
shoot "$wid" "$out/screenshot-timeline.png"
stop_app

if [ "$dark" = 1 ]; then
  # Same home: the collection exists now, which is the usual second start.
  start_app FYNE_THEME=dark
  wid="$(wait_window)"
  xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
  wait_stable 60
  shoot "$wid" "$out/screenshot-dark.png"
  stop_app
fi
