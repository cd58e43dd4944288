#!/usr/bin/env bash
# Exports every chosen slide at the five projector sizes of issue 19
# (1024×768, 1280×720, 1280×800, 1366×768, 1920×1080), each in a virtual
# display of that size, into OUT/<size>/. Look at them before a release.
# Usage: scripts/export-slides-all-sizes.sh OUT [BINARY] [DATAFILE]
set -euo pipefail
out=${1:?usage: $0 OUT [BINARY] [DATAFILE]}
binary=${2:-target/release/wijkdashboard}
data=${3:-}
for size in 1024x768 1280x720 1280x800 1366x768 1920x1080; do
    dir="$out/$size"
    rm -rf "$dir" && mkdir -p "$dir"
    home=$(mktemp -d)
    # A fresh home: no settings or zoom of an earlier run.
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        xvfb-run -a -s "-screen 0 ${size}x24" \
        "$binary" --export-slides "$dir" ${data:+"$data"} >/dev/null
    rm -rf "$home"
    echo "$size: $(ls "$dir" | wc -l) slides in $dir"
done
