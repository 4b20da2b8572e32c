#!/usr/bin/env bash
# Tries the built bot against telegram-test-api (npm), a Telegram Bot API emulator that we did not write.
# Needs Node.js 18+ and npm; builds target/briefbot.jar first if it is missing. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/briefbot.jar ] || ./mvnw -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp scripts/emulator-check.mjs "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund telegram-test-api@4.2.1 >/dev/null)
BRIEFBOT_HOME="$PWD" node "$work/emulator-check.mjs"
