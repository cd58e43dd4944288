#!/usr/bin/env bash
# Smoke test of the real Windows package, under wine in a virtual display:
# unzips dist/Wijkdashboard-*-windows-x64.zip into a fresh wine prefix and
# checks `check` (0 on the shipped data, 1 with line:column on a broken
# file), `export`, `--screenshot`, `--export-slides`, and that the user's
# file is made under the wine user's AppData.
#
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Rust's standard
# library imports; a stand-in built from tests/wine/ is put beside the .exe
# in the unzipped copy only. It is a test fixture, never part of the zip.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every wine program of the test runs in one virtual display (scripts/wine-prefix.sh).
if [[ -z ${WINE_TEST_DISPLAY:-} ]]; then
    export WINE_TEST_DISPLAY=1
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi

zip=$(ls dist/Wijkdashboard-*-windows-x64.zip)
fail() { echo "wine-smoke-test: $*" >&2; exit 1; }

if unzip -l "$zip" | grep -qi bcryptprimitives; then
    fail "the stand-in DLL must not be in the zip"
fi

source scripts/wine-prefix.sh
unzip -q "$zip" -d "$work"
app=$(echo "$work"/Wijkdashboard-*-windows-x64)
build_bcrypt_stand_in "$app/bcryptprimitives.dll"

# Runs the console program (wijkdashboard.com) in the unzipped folder; prints its output.
run_com() { (cd "$app" && timeout 120 "$wine" ./wijkdashboard.com "$@"); }
# Runs the GUI program (in the virtual display).
run_exe() { (cd "$app" && timeout 180 "$wine" ./wijkdashboard.exe "$@"); }

cp data/utrecht.ron "$work/utrecht.ron"
sed 's/year: 2024,/year: twintig,/' data/utrecht.ron > "$work/kapot.ron"

out=$(run_com check "$(winpath "$work/utrecht.ron")") || fail "check on the shipped data: exit $? ($out)"
[[ $out == *"geldig (10 wijken, 11 wijkplatforms"* ]] || fail "check printed: $out"
echo "ok: check on the shipped data exits 0: $out"

set +e
out=$(run_com check "$(winpath "$work/kapot.ron")")
code=$?
set -e
[[ $code == 1 ]] || fail "check on a broken file exited $code, not 1 ($out)"
[[ $out == *"kapot.ron:9:19:"* ]] || fail "no line:column in: $out"
echo "ok: check on a broken file exits 1: $out"

out=$(run_com export --xlsx "$(winpath "$work/uit.xlsx")" --csv "$(winpath "$work/csv")" "$(winpath "$work/utrecht.ron")") \
    || fail "export: exit $? ($out)"
[[ -s $work/uit.xlsx && -s $work/csv/budget.csv ]] || fail "export wrote nothing: $out"
echo "ok: export exits 0: $out"

run_exe --screenshot "$(winpath "$work/hoofdvenster.png")" >/dev/null 2>&1 || fail "--screenshot: exit $?"
[[ $(head -c 8 "$work/hoofdvenster.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
    || fail "--screenshot wrote no PNG"
echo "ok: --screenshot wrote a PNG of the main window ($(stat -c %s "$work/hoofdvenster.png") bytes)"

mkdir -p "$work/dias"
run_exe --export-slides "$(winpath "$work/dias")" >/dev/null 2>&1 || fail "--export-slides: exit $?"
slides=$(ls "$work/dias"/dia-*.png | wc -l)
# The 18 chosen slides of the shipped data take 26 pages: wijken and ambitions with more
# text continue on a next page (tests/ui/projector_sizes.rs checks how they are cut).
[[ $slides == 26 ]] || fail "--export-slides wrote $slides slides, not 26"
echo "ok: --export-slides wrote all $slides slides"

user_file=$(find "$WINEPREFIX/drive_c/users" -path "*AppData/Roaming/Gemeente Utrecht/Wijkdashboard/data/wijkdashboard.ron" | head -n 1)
[[ -s $user_file ]] || fail "no user file under AppData"
echo "ok: the user's file is in AppData: ${user_file#"$WINEPREFIX/"}"

# The second renderer: wgpu draws the window too (what a laptop without
# OpenGL 2 gets).
run_exe --renderer wgpu --screenshot "$(winpath "$work/wgpu.png")" >/dev/null 2>&1 || fail "--renderer wgpu: exit $?"
[[ $(head -c 8 "$work/wgpu.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
    || fail "--renderer wgpu wrote no PNG"
echo "ok: wgpu draws the window too ($(stat -c %s "$work/wgpu.png") bytes)"

# (The message box when no renderer works is tested on Linux by
# check-startup.sh. Under wine it cannot be reached: without host drivers
# wgpu's DirectX 12 crashes its process — counted as a failed renderer —
# and wgpu on OpenGL through Xvfb's own GLX then does not come up in time.)

if [[ -n ${WINE_SMOKE_KEEP:-} ]]; then
    mkdir -p "$WINE_SMOKE_KEEP"
    cp -r "$work/hoofdvenster.png" "$work/dias" "$work/wgpu.png" "$WINE_SMOKE_KEEP/"
fi
echo "wine smoke test passed"
