#!/usr/bin/env bash
# Tries the built jar as an operator would, against telegram-test-api (npm), a Bot API emulator we did not write:
# health and Prometheus metrics when polling, webhook mode with a signed and an unsigned update, wrong settings that
# stop start-up, and SIGTERM while Telegram is unreachable. Needs Node.js 18+ and npm. Not part of ./mvnw verify.
# Usage: scripts/production-check.sh [path/to/briefbot.jar]   (default target/briefbot.jar, built if missing)
# Ports: EMULATOR_PORT (9177), SERVER_PORT (18080), MANAGEMENT_PORT (18081).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/briefbot.jar}
if [ ! -f "$jar" ]; then
  [ "$jar" = target/briefbot.jar ] || { echo "No jar at $jar" >&2; exit 2; }
  ./mvnw -B -q -DskipTests package
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp scripts/production-check.mjs "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund telegram-test-api@4.2.1 >/dev/null)
BRIEFBOT_HOME="$PWD" BRIEFBOT_JAR="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")" BRIEFBOT_DATA="$work" \
  node "$work/production-check.mjs"
