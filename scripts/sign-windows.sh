#!/usr/bin/env bash
# Signs Windows files (.exe, .com, .msi) in place with Authenticode, using Debian's osslsigncode:
#
#   WIJKDASHBOARD_SIGN_PFX=gemeente.pfx WIJKDASHBOARD_SIGN_PASSWORD_FILE=wachtwoord.txt \
#   [WIJKDASHBOARD_TIMESTAMP_URL=http://timestamp.example] scripts/sign-windows.sh FILE...
#
# The certificate is a PKCS#12 file (.pfx) with its private key; the password is read from a
# file (WIJKDASHBOARD_SIGN_PASSWORD_FILE), or taken from WIJKDASHBOARD_SIGN_PASSWORD. With a
# timestamp server (RFC 3161) the signature stays valid after the certificate expires.
# Without WIJKDASHBOARD_SIGN_PFX nothing is signed and the script says so (exit 0).
set -euo pipefail

if [[ -z ${WIJKDASHBOARD_SIGN_PFX:-} ]]; then
    echo "sign-windows: geen certificaat (WIJKDASHBOARD_SIGN_PFX is leeg): NIET ondertekend: $*"
    exit 0
fi
[[ -r $WIJKDASHBOARD_SIGN_PFX ]] || {
    echo "sign-windows: het certificaat '$WIJKDASHBOARD_SIGN_PFX' is niet te lezen" >&2
    exit 1
}
command -v osslsigncode >/dev/null || {
    echo "sign-windows: osslsigncode ontbreekt (apt-get install osslsigncode)" >&2
    exit 1
}

password=()
if [[ -n ${WIJKDASHBOARD_SIGN_PASSWORD_FILE:-} ]]; then
    # Read here, not with -readpass: osslsigncode does not combine that with -ts.
    password=(-pass "$(<"$WIJKDASHBOARD_SIGN_PASSWORD_FILE")")
elif [[ -n ${WIJKDASHBOARD_SIGN_PASSWORD:-} ]]; then
    password=(-pass "$WIJKDASHBOARD_SIGN_PASSWORD")
fi
timestamp=()
if [[ -n ${WIJKDASHBOARD_TIMESTAMP_URL:-} ]]; then
    timestamp=(-ts "$WIJKDASHBOARD_TIMESTAMP_URL")
fi

for file in "$@"; do
    signed="$file.ondertekend"
    rm -f "$signed"
    osslsigncode sign -pkcs12 "$WIJKDASHBOARD_SIGN_PFX" "${password[@]}" \
        -h sha256 -n "Wijkdashboard" -i "https://www.utrecht.nl" "${timestamp[@]}" \
        -in "$file" -out "$signed" >/dev/null
    mv "$signed" "$file"
    if ((${#timestamp[@]})); then
        echo "sign-windows: ondertekend met tijdstempel: $file"
    else
        echo "sign-windows: ondertekend (zonder tijdstempel): $file"
    fi
done
