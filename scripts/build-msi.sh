#!/usr/bin/env bash
# Builds the MSI from a staged folder of the Windows package (wijkdashboard.exe,
# wijkdashboard.com, LEESMIJ.txt) with wixl, from packaging/wijkdashboard.wxs:
#
#   scripts/build-msi.sh dist/Wijkdashboard-0.1.0-windows-x64 0.1.0 dist/Wijkdashboard-0.1.0-x64.msi
#
# Signs it when a certificate is given (scripts/sign-windows.sh), and refuses one above 25 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
stage=$1 version=$2 msi=$3

rm -f "$msi"
# wixl reads its sources relative to where it runs (an absolute path is refused).
wixl -a x64 -D Version="$version" -D SourceDir="$stage" -D IconFile=assets/icon.ico \
    -o "$msi" packaging/wijkdashboard.wxs
scripts/sign-windows.sh "$msi"
size=$(stat -c %s "$msi")
((size <= 25 * 1024 * 1024)) || {
    echo "build-msi: $msi is $size bytes, above 25 MB" >&2
    exit 1
}
echo "$msi ($size bytes)"
msiinfo export "$msi" Property | grep -E '^(ProductName|ProductVersion|Manufacturer|UpgradeCode)\b'
