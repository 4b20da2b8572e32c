/**
 * The Telegram load harness: the whole bot against the fake Bot API under load, and the library's default bot as a
 * baseline. Outside {@code ./mvnw verify}; run with {@code ./mvnw -Pload verify} (docs/benchmarks.md).
 */
package dev.briefbot.telegram.load;
