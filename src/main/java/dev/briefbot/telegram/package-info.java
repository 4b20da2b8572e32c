/**
 * BriefBot on Telegram: TelegramBots wiring (long polling in), per-chat lanes, and the one rate-limited sender that
 * all Telegram I/O goes through. The only package that knows Telegram's types.
 */
package dev.briefbot.telegram;
