#!/usr/bin/env bash
# The browsers the demo and the tests run in (Debian's packages: no test tool can download a
# browser on these machines). Installs the missing ones when run as root (CI, a fresh
# container); otherwise prints the exact command and fails.
#   scripts/browsers.sh chromium firefox-esr
set -euo pipefail

[ "$#" -gt 0 ] || set -- chromium firefox-esr
missing=()
for pkg in "$@"; do
  case "$pkg" in
    chromium) [ -x "${CHROMIUM_PATH:-/usr/lib/chromium/chromium}" ] || missing+=(chromium) ;;
    firefox-esr) command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr) ;;
    *) echo "unknown browser package: $pkg" >&2; exit 2 ;;
  esac
done
[ "${#missing[@]}" -eq 0 ] && exit 0

command="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}. Install with:" >&2
  echo "  sudo sh -c '$command'" >&2
  exit 1
fi
echo "installing ${missing[*]} from Debian (2-3 minutes on a bare machine)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
