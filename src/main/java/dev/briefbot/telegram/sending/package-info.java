/**
 * The one way out to Telegram: the sender behind {@link BotApi}, Telegram's limits as token buckets, retries with
 * back-off, what Telegram's errors mean, start-up's reconnects, and the sender's metrics.
 */
package dev.briefbot.telegram.sending;
