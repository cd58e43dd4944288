#!/usr/bin/env bash
# The presenter view as it looks with a beamer attached: an X server with
# two monitors side by side (Xorg's dummy driver: a 1366×768 laptop and a
# 1920×1080 beamer), the app started, F5 and a few slides on, then one
# picture of both screens. Needs root for apt (xserver-xorg-video-dummy,
# x11-xserver-utils, xdotool, imagemagick).
# Usage: scripts/shoot-two-screens.sh OUT.png [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:?usage: $0 OUT.png [BINARY]}")
app=$(realpath "${2:-target/release/wijkdashboard}")
needed=()
[[ -e /usr/lib/xorg/modules/drivers/dummy_drv.so ]] || needed+=(xserver-xorg-core xserver-xorg-video-dummy)
command -v xrandr >/dev/null || needed+=(x11-xserver-utils)
command -v xdotool >/dev/null || needed+=(xdotool)
command -v import >/dev/null || needed+=(imagemagick)
if ((${#needed[@]})); then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
work=$(mktemp -d)
cat >"$work/xorg.conf" <<'CONF'
Section "Device"
    Identifier "dummy"
    Driver "dummy"
    VideoRam 256000
EndSection
Section "Monitor"
    Identifier "m"
    HorizSync 5.0-1000.0
    VertRefresh 5.0-200.0
    Modeline "1366x768" 85.25 1366 1440 1576 1784 768 771 781 798 -hsync +vsync
    Modeline "1920x1080" 173.00 1920 2048 2248 2576 1080 1083 1088 1120 -hsync +vsync
EndSection
Section "Screen"
    Identifier "s"
    Device "dummy"
    Monitor "m"
    DefaultDepth 24
    SubSection "Display"
        Depth 24
        Virtual 3286 1080
    EndSubSection
EndSection
CONF
display=:93
Xorg "$display" -noreset -nolisten tcp -config "$work/xorg.conf" -logfile "$work/xorg.log" >/dev/null 2>&1 &
xorg=$!
trap 'kill "$xorg" "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 3
export DISPLAY=$display XDG_RUNTIME_DIR=$work
xrandr --addmode DUMMY1 1920x1080
xrandr --fb 3286x1080 --output DUMMY0 --mode 1366x768 --pos 0x0 \
    --output DUMMY1 --mode 1920x1080 --pos 1366x0
xrandr --listmonitors
WIJKDASHBOARD_DATA_DIR=$work "$app" >"$work/app.log" 2>&1 &
app_pid=$!
window=$(timeout 30 xdotool search --sync --name "Wijkdashboard" | head -1)
sleep 2
xdotool windowfocus "$window" 2>/dev/null || true
xdotool key F5
sleep 3
xdotool key Right Right Right
sleep 2
import -window root "$out"
for w in $(xdotool search --name "Wijkdashboard"); do
    echo "$(xdotool getwindowname "$w"): $(xdotool getwindowgeometry "$w" | tr -s ' \n' ' ')"
done
echo "shoot-two-screens: $out"
