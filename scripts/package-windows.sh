#!/usr/bin/env bash
# Builds the Windows package: dist/Wijkdashboard-<version>-windows-x64.zip
# with wijkdashboard.exe (GUI, no console window), wijkdashboard.com (a small
# console launcher of it, for cmd and PowerShell) and LEESMIJ.txt.
#
# Needs: the Rust target x86_64-pc-windows-gnu, Debian's gcc-mingw-w64-x86-64
# (linker and windres) and zip. `.ci/run` installs them on a fresh machine.
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

(cd dist && zip -q -9 -r -X "$name.zip" "$name")
echo "dist/$name.zip"
unzip -l "dist/$name.zip"
