#!/usr/bin/env bash
# A start that works or says why (issue 19), in a virtual display:
#  1. without an OpenGL driver (LIBGL_DRIVERS_PATH=/nonexistent) the app
#     falls back to wgpu (Vulkan here) and draws its window;
#  2. with no renderer at all (no OpenGL and no Vulkan driver) it shows the
#     Dutch message box, writes the log in the data folder and exits 1;
#  3. a panic writes the unsaved edit to the recovery file, then the log
#     and the message box, and exits 101.
# The message box is zenity's on Linux (rfd); it is found by its title,
# photographed and closed with its OK button.
# Usage: scripts/check-startup.sh [BINARY]  (default target/debug/wijkdashboard)
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(realpath "${1:-target/debug/wijkdashboard}")
shots=${STARTUP_SHOTS:-$(mktemp -d)}
fail() { echo "check-startup: $*" >&2; exit 1; }

if [[ -z ${CHECK_STARTUP_DISPLAY:-} ]]; then
    export CHECK_STARTUP_DISPLAY=1
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

# Waits for a window titled $1, photographs the screen into $2 and closes it.
close_message_box() {
    local title=$1 picture=$2 window
    window=$(timeout 60 xdotool search --sync --name "$title" | head -1) \
        || fail "no message box titled '$title'"
    sleep 1
    import -window root "$picture" 2>/dev/null || true
    # OK sits at the bottom right (GTK ignores synthetic keys): click it.
    eval "$(xdotool getwindowgeometry --shell "$window")"
    xdotool mousemove --window "$window" $((WIDTH - 45)) $((HEIGHT - 24)) click 1
}

# Runs the app in a fresh data folder ($data) with the environment VAR=value
# arguments before `--`, closes the message box titled $1 (photographed into
# $2) and sets $code to the app's exit code.
run_to_message_box() {
    local title=$1 picture=$2 pid
    shift 2
    data=$(mktemp -d)
    set +e
    env "$@" WIJKDASHBOARD_DATA_DIR="$data" timeout 120 "$app" >"$data/stderr.txt" 2>&1 &
    pid=$!
    close_message_box "$title" "$picture"
    wait $pid
    code=$?
    set -e
}

# 1. No OpenGL driver: wgpu draws the window.
data=$(mktemp -d)
out=$(LIBGL_DRIVERS_PATH=/nonexistent WIJKDASHBOARD_DATA_DIR=$data timeout 120 \
    "$app" --screenshot "$shots/zonder-opengl.png" 2>&1) || fail "without OpenGL: exit $? ($out)"
[[ -s $shots/zonder-opengl.png ]] || fail "without OpenGL: no picture ($out)"
[[ $out == *"OpenGL (glow) werkt hier niet"* ]] || fail "without OpenGL, glow was not tried first: $out"
echo "ok: without an OpenGL driver the window is drawn with wgpu ($shots/zonder-opengl.png)"

# 2. No renderer at all: the message box, the log, exit 1.
run_to_message_box "Wijkdashboard kon niet starten" "$shots/kon-niet-starten.png" \
    LIBGL_DRIVERS_PATH=/nonexistent VK_ICD_FILENAMES=/nonexistent VK_DRIVER_FILES=/nonexistent
[[ $code == 1 ]] || fail "with no renderer the app exited $code, not 1: $(cat "$data/stderr.txt")"
log=$data/wijkdashboard-fouten.log
[[ -s $log ]] || fail "with no renderer no log was written in the data folder"
grep -q "Wijkdashboard kon niet starten" "$log" || fail "the log does not say what failed: $(cat "$log")"
grep -q "OpenGL (glow):" "$log" && grep -q "wgpu" "$log" || fail "the log does not name both renderers"
echo "ok: with no renderer the message box shows, the log is written ($log) and the exit code is 1"

# 3. A panic after an unsaved edit.
run_to_message_box "Wijkdashboard is onverwacht gestopt" "$shots/onverwacht-gestopt.png" \
    WIJKDASHBOARD_TEST_PANIC=1
[[ $code == 101 ]] || fail "the panic exited $code, not 101: $(cat "$data/stderr.txt")"
recovery=$data/wijkdashboard.ron.herstel
[[ -s $recovery ]] && grep -q "(test)" "$recovery" || fail "no recovery file with the unsaved edit: $(ls -a "$data")"
grep -q "onverwacht gestopt" "$data/wijkdashboard-fouten.log" || fail "the panic is not in the log"
grep -q "testpaniek" "$data/wijkdashboard-fouten.log" || fail "the log lacks the panic's message"
echo "ok: a panic keeps the unsaved edit ($recovery), logs it, says so and exits 101"
echo "check-startup: pictures in $shots"
