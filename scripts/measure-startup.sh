#!/usr/bin/env bash
# Start-up cost of `wijkdashboard --screenshot` against a minimal eframe window with one plot
# that shows its first frame and closes (examples/minimal_plot.rs), measured the same way in
# one hyperfine run under a virtual X display. Prints both medians and their ratio, and where
# the difference goes: the same window with the app's fonts, and `wijkdashboard check` (reading
# and checking the data file, no window).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v Xvfb >/dev/null && command -v hyperfine >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb hyperfine >/dev/null
}
cargo build --release --bin wijkdashboard --example minimal_plot 2>/dev/null
display=:96
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
data=$(mktemp -d)
out=$(mktemp -d)
# The shipped data, as a user's file (the first start would copy it first).
cp data/utrecht.ron "$data/wijkdashboard.ron"
DISPLAY=$display WIJKDASHBOARD_DATA_DIR=$data hyperfine -N -w 3 -r "${RUNS:-30}" --export-json "$out/startup.json" \
  'target/release/examples/minimal_plot' \
  "target/release/wijkdashboard --screenshot $out/shot.png $data/wijkdashboard.ron" \
  'target/release/examples/minimal_plot --app-fonts' \
  "target/release/wijkdashboard check $data/wijkdashboard.ron" >/dev/null
python3 - "$out/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base, app, fonts, check = (r["median"] * 1000 for r in results)
print(f"minimal eframe window with one plot:  median {base:.1f} ms")
print(f"wijkdashboard --screenshot:           median {app:.1f} ms")
print(f"ratio: {app / base:.2f} (goal <= 1.3)")
print("where the difference goes:")
print(f"  the same window with the app's fonts: median {fonts:.1f} ms (+{fonts - base:.1f} ms)")
print(f"  wijkdashboard check (load + check):   median {check:.1f} ms")
PY
