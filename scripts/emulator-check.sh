#!/usr/bin/env bash
# Tries the built bot against telegram-test-api (npm), a Telegram Bot API emulator that we did not write.
# Needs Node.js 18+ and npm. Usage: scripts/emulator-check.sh [JAR] (default target/briefbot.jar, built if missing).
# Not part of ./mvnw verify.
set -euo pipefail
jar=${1:+$(cd "$(dirname "$1")" && pwd)/$(basename "$1")}
cd "$(dirname "$0")/.."
[ -n "$jar" ] || { jar=$PWD/target/briefbot.jar; [ -f "$jar" ] || ./mvnw -B -q -DskipTests package; }
[ -f "$jar" ] || { echo "No jar at $jar" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp scripts/emulator-check.mjs "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund telegram-test-api@4.2.1 >/dev/null)
BRIEFBOT_HOME="$PWD" BRIEFBOT_JAR="$jar" node "$work/emulator-check.mjs"
