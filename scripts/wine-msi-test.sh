#!/usr/bin/env bash
# The MSI as IT deploys it, under wine in a virtual display: a silent install
# (`msiexec /i … /qn`, as Intune does), `wijkdashboard check` and `--screenshot`
# from the installed folder, an upgrade by a build with a higher version (one
# product left, the user's data untouched), a refused downgrade, and a silent
# uninstall (the program gone, the data still there). Run after
# scripts/package-windows.sh.
#
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Rust's standard
# library imports; the test puts a stand-in built from tests/wine/ into wine's
# system folder, never into the package or the installed folder.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every wine program of the test runs in one virtual display (scripts/wine-prefix.sh).
if [[ -z ${WINE_TEST_DISPLAY:-} ]]; then
    export WINE_TEST_DISPLAY=1
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi

fail() { echo "wine-msi-test: $*" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
stage="dist/Wijkdashboard-${version}-windows-x64"
msi="dist/Wijkdashboard-${version}-x64.msi"
[[ -f $msi ]] || fail "run scripts/package-windows.sh first"

source scripts/wine-prefix.sh
build_bcrypt_stand_in "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
"$wineserver" -w

program="$WINEPREFIX/drive_c/Program Files/Wijkdashboard"
# The Start-menu shortcut: Windows puts it in the common Start menu (ALLUSERS=1); wine 8
# resolves ProgramMenuFolder before it reads ALLUSERS and puts it in the user's. Either counts.
shortcuts() { find "$WINEPREFIX/drive_c" -path "*/Start Menu/Programs/Wijkdashboard.lnk" 2>/dev/null; }
# The user's months of notes, where the app keeps them; no package may touch them.
roaming=$(ls -d "$WINEPREFIX"/drive_c/users/*/AppData/Roaming | head -n 1)
data="$roaming/Gemeente Utrecht/Wijkdashboard/data/wijkdashboard.ron"
mkdir -p "$(dirname "$data")"
sed 's/Utrecht — wijken/Utrecht (mijn notities) — wijken/' data/utrecht.ron > "$data"
data_hash=$(sha256sum < "$data")

msiexec() { timeout 300 "$wine" msiexec "$@" /qn; local code=$?; "$wineserver" -w; return $code; }
# The entries in Apps & onderdelen named Wijkdashboard, as "name|version|publisher" lines.
entries() {
    "$wine" reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null \
        | tr -d '\r' | awk '
            /^HKEY/ { if (name == "Wijkdashboard") print name "|" version "|" publisher; name = version = publisher = "" }
            $1 == "DisplayName" { $1 = $2 = ""; sub(/^ +/, ""); name = $0 }
            $1 == "DisplayVersion" { version = $3 }
            $1 == "Publisher" { $1 = $2 = ""; sub(/^ +/, ""); publisher = $0 }
            END { if (name == "Wijkdashboard") print name "|" version "|" publisher }'
}

# 1. A silent install, per machine.
msiexec /i "$(winpath "$PWD/$msi")" || fail "msiexec /i exited $?"
[[ -f $program/wijkdashboard.exe && -f $program/wijkdashboard.com && -f $program/LEESMIJ.txt ]] \
    || fail "not installed in Program Files: $(ls "$program" 2>&1)"
[[ -n $(shortcuts) ]] || fail "no Start-menu shortcut"
[[ $(entries) == "Wijkdashboard|$version|Gemeente Utrecht" ]] || fail "Apps & onderdelen shows: $(entries)"
echo "ok: installed silently in Program Files, with a Start-menu shortcut and one entry: $(entries)"

out=$(cd "$program" && timeout 120 "$wine" ./wijkdashboard.com check "$(winpath "$data")") \
    || fail "check from the installed folder: exit $? ($out)"
[[ $out == *"geldig (10 wijken"* ]] || fail "check printed: $out"
echo "ok: the installed wijkdashboard check reads the user's data: $out"
(cd "$program" && timeout 180 "$wine" ./wijkdashboard.exe --screenshot "$(winpath "$work/geinstalleerd.png")") \
    >/dev/null 2>&1 || fail "--screenshot from the installed folder: exit $?"
[[ $(head -c 8 "$work/geinstalleerd.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
    || fail "--screenshot wrote no PNG"
echo "ok: the installed program draws its window ($(stat -c %s "$work/geinstalleerd.png") bytes)"

# 2. A newer build over it: one product left, the data untouched.
IFS=. read -r major minor patch <<<"$version"
next="$major.$minor.$((patch + 1))"
scripts/build-msi.sh "$stage" "$next" "$work/Wijkdashboard-$next-x64.msi" >/dev/null
msiexec /i "$(winpath "$work/Wijkdashboard-$next-x64.msi")" || fail "the upgrade exited $?"
[[ $(entries) == "Wijkdashboard|$next|Gemeente Utrecht" ]] \
    || fail "after the upgrade Apps & onderdelen shows: $(entries)"
[[ -f $program/wijkdashboard.exe ]] || fail "the upgrade removed the program"
[[ $(sha256sum < "$data") == "$data_hash" ]] || fail "the upgrade changed the user's data"
echo "ok: $next replaced $version in place (one entry), the user's data untouched"

# 3. The older one again: refused, the newer one stays.
set +e
msiexec /i "$(winpath "$PWD/$msi")"
code=$?
set -e
((code != 0)) || fail "a downgrade to $version was not refused"
[[ $(entries) == "Wijkdashboard|$next|Gemeente Utrecht" ]] || fail "after the refused downgrade: $(entries)"
echo "ok: a downgrade to $version is refused (exit $code); $next stays"

# 4. A silent uninstall: the program gone, the data still there.
msiexec /x "$(winpath "$work/Wijkdashboard-$next-x64.msi")" || fail "msiexec /x exited $?"
[[ ! -e $program/wijkdashboard.exe && ! -e $program/wijkdashboard.com ]] || fail "the program is still there"
[[ -z $(shortcuts) ]] || fail "the Start-menu shortcut is still there: $(shortcuts)"
[[ -z $(entries) ]] || fail "Apps & onderdelen still shows: $(entries)"
[[ $(sha256sum < "$data") == "$data_hash" ]] || fail "the uninstall changed or removed the user's data"
echo "ok: uninstalled silently: the program and its entry gone, the user's data still there"
echo "wine MSI test passed"
