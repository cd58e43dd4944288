#!/usr/bin/env bash
# Tests the signing path of the Windows packages with a throwaway self-signed code-signing
# certificate made here: signs copies of the built .exe, .com and .msi with
# scripts/sign-windows.sh, as IT would with theirs, and verifies each signature with
# osslsigncode against that certificate. An unsigned copy must fail the same check, and
# without a certificate the script must say it signs nothing. No timestamp server (CI has
# no internet). Run after scripts/package-windows.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "check-signing: $*" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
stage="dist/Wijkdashboard-${version}-windows-x64"
msi="dist/Wijkdashboard-${version}-x64.msi"
[[ -f $stage/wijkdashboard.exe && -f $msi ]] || fail "run scripts/package-windows.sh first"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -keyout "$work/key.pem" -out "$work/cert.pem" \
    -subj "/CN=Wijkdashboard testcertificaat/O=Gemeente Utrecht (test)" \
    -addext "keyUsage=critical,digitalSignature" -addext "extendedKeyUsage=codeSigning" 2>/dev/null
printf 'wegwerp-%s' "$RANDOM$RANDOM" > "$work/password"
openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" -out "$work/test.pfx" \
    -passout "file:$work/password"

cp "$stage/wijkdashboard.exe" "$stage/wijkdashboard.com" "$msi" "$work/"
files=("$work/wijkdashboard.exe" "$work/wijkdashboard.com" "$work/$(basename "$msi")")
verify() { osslsigncode verify -CAfile "$work/cert.pem" -in "$1" 2>&1; }

# Without a certificate nothing is signed, and it says so.
out=$(env -u WIJKDASHBOARD_SIGN_PFX scripts/sign-windows.sh "${files[@]}")
[[ $out == *"NIET ondertekend"* ]] || fail "unsigned build not said: $out"
for file in "${files[@]}"; do
    if verify "$file" | grep -q "Signature verification: ok"; then
        fail "$(basename "$file") verifies before it was signed"
    fi
done

WIJKDASHBOARD_SIGN_PFX="$work/test.pfx" WIJKDASHBOARD_SIGN_PASSWORD_FILE="$work/password" \
    scripts/sign-windows.sh "${files[@]}"
for file in "${files[@]}"; do
    result=$(verify "$file") || fail "$(basename "$file"): $result"
    [[ $result == *"Signature verification: ok"* ]] || fail "$(basename "$file"): $result"
    [[ $result == *"Wijkdashboard testcertificaat"* ]] || fail "$(basename "$file") names another signer"
    echo "ok: $(basename "$file") is signed and verifies against the test certificate"
done
# A signed MSI is still a valid installer database with the same product.
msiinfo export "${files[2]}" Property | grep -q "^ProductVersion	$version" \
    || fail "the signed MSI lost its product version"
echo "ok: the signed MSI still reads as Wijkdashboard $version"
