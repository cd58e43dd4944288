#!/usr/bin/env bash
# Checks the council's documents as other programs read them: makes the
# Bijlage, the monitor and the Voortgang from the shipped data with the app's own command
# line, runs `qpdf --check` on its PDFs (and asks poppler whether they are
# tagged, with every font embedded), and converts each .docx with
# LibreOffice headless to PDF: a document LibreOffice cannot open fails.
# scripts/check_docx.py then reads each .docx with python-docx and both PDFs
# page by page (styles resolved, rows whole, no heading alone at a foot).
#
# Installs Debian's libreoffice-writer-nogui, qpdf and poppler-utils when
# missing. Uses the debug build that `cargo test` made (or makes it the
# same way: a plain `cargo build` unifies the dependencies' features without
# the dev-dependencies and would build half the tree again).
set -euo pipefail
cd "$(dirname "$0")/.."

needed=()
command -v soffice >/dev/null || needed+=(libreoffice-writer-nogui)
# Calc, to print the Excel export as a user would.
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || needed+=(libreoffice-calc-nogui)
command -v qpdf >/dev/null || needed+=(qpdf)
command -v pdfinfo >/dev/null || needed+=(poppler-utils)
# python-docx, the most used reader of .docx files, for scripts/check_docx.py.
/usr/bin/python3 -c "import docx" 2>/dev/null || needed+=(python3-docx)
if ((${#needed[@]})); then
    sudo=""
    [[ $(id -u) == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi

cargo test --locked --no-run --test logic >/dev/null 2>&1 || cargo test --locked --no-run --test logic
app="${CARGO_TARGET_DIR:-target}/debug/wijkdashboard"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/utrecht.ron"
cp data/utrecht.ron "$data"

fail() {
    echo "check-documents: $*" >&2
    exit 1
}

for kind in bijlage monitor voortgang; do
    "$app" document "$kind" --stand 2026-12-02 --docx "$work/$kind.docx" --pdf "$work/$kind.pdf" "$data" \
        || fail "wijkdashboard document $kind failed"

    # The app's PDF: structurally sound, tagged, fonts embedded, Dutch.
    qpdf --check "$work/$kind.pdf" >"$work/$kind.qpdf" || { cat "$work/$kind.qpdf"; fail "qpdf --check $kind.pdf"; }
    pdfinfo "$work/$kind.pdf" 2>/dev/null | grep -q '^Tagged: *yes' || fail "$kind.pdf is not tagged"
    if pdffonts "$work/$kind.pdf" 2>/dev/null | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }'; then
        pdffonts "$work/$kind.pdf"
        fail "$kind.pdf has a font that is not embedded"
    fi
    pages=$(pdfinfo "$work/$kind.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')

    # The Word document as LibreOffice opens it: converted without error.
    mkdir -p "$work/lo"
    timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless \
        --convert-to pdf --outdir "$work/lo" "$work/$kind.docx" >"$work/$kind.soffice" 2>&1 \
        || { cat "$work/$kind.soffice"; fail "LibreOffice could not convert $kind.docx"; }
    [[ -s "$work/lo/$kind.pdf" ]] || { cat "$work/$kind.soffice"; fail "LibreOffice wrote no PDF for $kind.docx"; }
    lo_pages=$(pdfinfo "$work/lo/$kind.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    # Every paragraph's style resolved (python-docx), no row split across a
    # page, no heading alone at a page's foot (the app's PDF and LibreOffice's).
    /usr/bin/python3 scripts/check_docx.py "$work/$kind.docx" "$work/$kind.pdf" "$work/lo/$kind.pdf" \
        || fail "$kind.docx: see above"
    # The fonts LibreOffice used are the ones embedded in the .docx: Noto
    # Sans, installed or not.
    pdffonts "$work/lo/$kind.pdf" | grep -q "NotoSans" || fail "LibreOffice did not use the embedded Noto Sans for $kind.docx"
    pdftotext "$work/lo/$kind.pdf" - | tr -s '[:space:]' ' ' >"$work/$kind.txt"
    echo "check-documents: $kind: PDF $pages pages ($(stat -c %s "$work/$kind.pdf") bytes, qpdf clean, tagged, fonts embedded);" \
        "Word $(stat -c %s "$work/$kind.docx") bytes, LibreOffice made $lo_pages pages"
done

# What LibreOffice read is the register's text.
grep -q "Indekerngezond" "$work/bijlage.txt" || fail "the Bijlage in LibreOffice lacks Indekerngezond"
grep -q "4.018.000" "$work/monitor.txt" || fail "the monitor in LibreOffice lacks € 4.018.000"
grep -q "Jongerenpunt" "$work/voortgang.txt" || fail "the Voortgang in LibreOffice lacks the Jongerenpunt"
# The Excel export prints landscape, one page wide, the header on every page.
"$app" export --xlsx "$work/export.xlsx" "$data" >/dev/null || fail "wijkdashboard export --xlsx failed"
timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to pdf --outdir "$work/lo" "$work/export.xlsx" >"$work/export.soffice" 2>&1 \
    || { cat "$work/export.soffice"; fail "LibreOffice could not print export.xlsx"; }
xlsx_pages=$(pdfinfo "$work/lo/export.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
pdfinfo "$work/lo/export.pdf" | grep -q '^Page size: *841.* x 595' || fail "the workbook does not print landscape A4"
# Five sheets, each at least one page; the Interventies sheet (57 rows with
# what each is) takes about five. Before the print setup it was 19 pages.
((xlsx_pages >= 5 && xlsx_pages <= 14)) || fail "the workbook prints on $xlsx_pages pages"
# Titles wrap in their cells: read the words as one line.
pdftotext "$work/lo/export.pdf" - | tr -s '\n ' '  ' >"$work/export.txt"
for sheet_header in "CBS-code" "Rechtsvorm" "Utrechts gemiddelde" "Structureel"; do
    grep -q "$sheet_header" "$work/export.txt" || fail "the printed workbook lacks the header $sheet_header"
done
# A sheet over more pages repeats its header row on each of them (the
# sheet's name is in each page's header).
for ((page = 1; page <= xlsx_pages; page++)); do
    text=$(pdftotext -f "$page" -l "$page" "$work/lo/export.pdf" -)
    if [[ $(head -1 <<<"$text") == "Wijkplatforms" ]]; then
        grep -q "Rechtsvorm" <<<"$text" || fail "page $page of the printed workbook lacks the header row"
    fi
done
echo "check-documents: the Excel export prints on $xlsx_pages landscape pages, one page wide"
echo "check-documents: all good"
