/**
 * BriefBot on Telegram, transport only: {@code intake} (polling, webhook, lanes), {@code conversation} (the chat,
 * buttons, paging, inline, membership), {@code sending} (the one rate-limited sender). Only it knows TelegramBots.
 */
package dev.briefbot.telegram;
