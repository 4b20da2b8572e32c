/**
 * How updates arrive: long polling or the webhook, each update read once into a {@link TelegramUpdate}, deduplicated,
 * handed to the lane of its chat and reported (one log line, the update metrics) once handled.
 */
package dev.briefbot.telegram.intake;
