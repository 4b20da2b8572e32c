#!/usr/bin/env bash
# Tries subscriptions in the built bot against telegram-test-api (npm), a Telegram Bot API emulator we did not write:
# subscribe, a new brief copied into a scratch copy of seeds/, a restart over the same H2 file, unsubscribe, a group.
# Usage: scripts/subscription-check.sh [JAR] (default target/briefbot.jar, built if missing). Needs Node.js 18+ and
# npm. Not part of ./mvnw verify. The emulator listens on 127.0.0.1:${EMULATOR_PORT:-9277}.
set -euo pipefail
jar=${1:+$(cd "$(dirname "$1")" && pwd)/$(basename "$1")}
cd "$(dirname "$0")/.."
default=$PWD/target/briefbot.jar
[ -n "$jar" ] || { jar=$default; [ -f "$jar" ] || ./mvnw -B -q -DskipTests package; }
[ -f "$jar" ] || { echo "No jar at $jar" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp scripts/subscription-check.mjs "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund telegram-test-api@4.2.1 >/dev/null)
BRIEFBOT_HOME="$PWD" BRIEFBOT_JAR="$jar" SUBSCRIPTION_CHECK_DIR="$work" node "$work/subscription-check.mjs"
