#!/usr/bin/env bash
# The slides' PDF hand-out (`--export-slides-pdf`) as the griffie gets it, in
# a virtual display: one page per chosen slide, tagged, Dutch, every font
# embedded, qpdf clean, and the figures as real text ("€ 3.299.000", "29%").
# Usage: scripts/check-handout.sh [BINARY]  (default target/debug/wijkdashboard)
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(realpath "${1:-target/debug/wijkdashboard}")
fail() { echo "check-handout: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

WIJKDASHBOARD_DATA_DIR=$work xvfb-run -a -s "-screen 0 1920x1080x24" \
    timeout 300 "$app" --export-slides-pdf "$work/dias.pdf" >/dev/null || fail "exit $?"
info=$(pdfinfo "$work/dias.pdf" 2>/dev/null)
# As many pages as the app's own picture export has slides.
WIJKDASHBOARD_DATA_DIR=$work xvfb-run -a -s "-screen 0 1920x1080x24" \
    timeout 300 "$app" --export-slides "$work/dias" >/dev/null || fail "--export-slides: exit $?"
slides=$(ls "$work"/dias/dia-*.png | wc -l)
[[ $info == *"Pages:"*" $slides"* ]] || fail "not $slides pages: $info"
[[ $info == *"Tagged:          yes"* ]] || fail "not tagged: $info"
qpdf --check "$work/dias.pdf" >/dev/null || fail "qpdf finds errors"
if pdffonts "$work/dias.pdf" 2>/dev/null | tail -n +3 | awk '{print $(NF-4)}' | grep -qv yes; then
    fail "a font is not embedded: $(pdffonts "$work/dias.pdf")"
fi
grep -q "/Lang (nl" <(qpdf --qdf --object-streams=disable "$work/dias.pdf" -) || fail "no /Lang nl"
text=$(pdftotext "$work/dias.pdf" - 2>/dev/null | tr -s ' \n' ' ')
for expected in "€ 3.299.000" "29%" "Wijkcoöperatie Oost voor Elkaar"; do
    [[ $text == *"$expected"* ]] || fail "the hand-out's text lacks $expected"
done
echo "ok: the hand-out has $slides pages, tagged, Dutch, fonts embedded, qpdf clean, with its figures as text"
