# Sourced by the wine tests (wine-smoke-test.sh, wine-msi-test.sh): a fresh
# 64-bit wine prefix in a temporary folder, removed with its wineserver at
# the end. Sets `work` (the folder), `wine`, `wineserver`, and `winpath`
# (a Linux path as wine's Z: drive sees it).
#
# The caller first runs itself inside one virtual display, since wine's
# desktop process starts with the first program and must see the same one:
#   [[ -n ${WINE_TEST_DISPLAY:-} ]] || WINE_TEST_DISPLAY=1 exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"

wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver
work=$(mktemp -d)
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko install prompts; the stand-in DLL before any built-in one.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
cleanup_wine_prefix() { "$wineserver" -k 2>/dev/null || true; rm -rf "$work"; }
trap cleanup_wine_prefix EXIT
winpath() { echo "Z:${1//\//\\}"; }

timeout 300 "$wine" wineboot -i >/dev/null 2>&1 || true
"$wineserver" -w
# A program that crashes ends, as on Windows, instead of waiting in wine's debugger.
"$wine" reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f >/dev/null 2>&1 || true
"$wineserver" -w

# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Rust's standard
# library imports: builds the stand-in from tests/wine/ at $1.
build_bcrypt_stand_in() {
    x86_64-w64-mingw32-gcc -O2 -shared -o "$1" \
        tests/wine/bcryptprimitives.c tests/wine/bcryptprimitives.def -lbcrypt
}
