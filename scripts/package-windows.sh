#!/usr/bin/env bash
# Builds the Windows packages:
# - dist/Wijkdashboard-<version>-windows-x64.zip with wijkdashboard.exe (GUI, no console
#   window), wijkdashboard.com (a small console launcher of it, for cmd and PowerShell) and
#   LEESMIJ.txt, for one person who may unpack programs;
# - dist/Wijkdashboard-<version>-x64.msi with the same files, a Start-menu shortcut and an
#   entry in Apps & onderdelen, for IT to deploy (Intune, SCCM): packaging/wijkdashboard.wxs.
# With a certificate (scripts/sign-windows.sh: WIJKDASHBOARD_SIGN_PFX and its password) the
# .exe, the .com and the .msi are signed; without one they are built unsigned, and it says so.
#
# Needs: the Rust target x86_64-pc-windows-gnu, Debian's gcc-mingw-w64-x86-64
# (linker and windres), zip, wixl and msitools, and osslsigncode to sign. `.ci/run`
# installs them on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
name="Wijkdashboard-${version}-windows-x64"

# The dist profile (Cargo.toml): whole-program LTO, size-optimised, stripped.
cargo build --profile dist --locked --target "$target" --bins

built="${CARGO_TARGET_DIR:-target}/$target/dist"
stage="dist/$name"
rm -rf "$stage" "dist/$name.zip"
mkdir -p "$stage"
# Symbols are of no use on the laptops; stripping halves the size.
x86_64-w64-mingw32-strip -o "$stage/wijkdashboard.exe" "$built/wijkdashboard.exe"
x86_64-w64-mingw32-strip -o "$stage/wijkdashboard.com" "$built/wijkdashboard-console.exe"
# Notepad reads either line ending; CRLF keeps older editors happy too.
sed -e "s/{VERSION}/$version/" -e 's/$/\r/' packaging/LEESMIJ.txt > "$stage/LEESMIJ.txt"

# The version information in the .exe is the one the MSI states (Cargo.toml's, via build.rs).
exe_version=$(x86_64-w64-mingw32-strings -el "$stage/wijkdashboard.exe" | grep -A1 -x ProductVersion | tail -n 1)
[[ $exe_version == "$version" ]] || {
    echo "package-windows: the .exe says version '$exe_version', Cargo.toml '$version'" >&2
    exit 1
}
scripts/sign-windows.sh "$stage/wijkdashboard.exe" "$stage/wijkdashboard.com"

(cd dist && zip -q -9 -r -X "$name.zip" "$name")
echo "dist/$name.zip"
unzip -l "dist/$name.zip"

# The MSI from the same (signed) files.
scripts/build-msi.sh "$stage" "$version" "dist/Wijkdashboard-${version}-x64.msi"
