#!/usr/bin/env bash
# Measures the idle CPU time of the running app over 10 seconds and its peak memory.
#   scripts/measure-idle.sh [SIZE] [-- APP ARGS...]
# Runs the release binary in a virtual X display (Xvfb), waits 5 s for start-up,
# then reads utime+stime from /proc before and after 10 s of idling, and VmHWM.
set -euo pipefail
size=${1:-1366x768}
shift || true
[ "${1:-}" = "--" ] && shift
command -v Xvfb >/dev/null || { apt-get update -qq && apt-get install -y -qq xvfb >/dev/null; }
display=:97
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill "$app" "$xvfb" 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display WAYLAND_DISPLAY= target/release/wijkdashboard "$@" >/dev/null 2>&1 & app=$!
sleep 5
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep 10
after=$(ticks)
cpu_ms=$(( (after - before) * 1000 / hz ))
peak=$(awk '/VmHWM/ {print $2, $3}' "/proc/$app/status")
echo "idle CPU over 10 s: ${cpu_ms} ms ($(awk "BEGIN {printf \"%.2f\", $cpu_ms / 100}")% of one core)"
echo "peak memory (VmHWM): $peak"
