/**
 * A chat request to a reply, for any transport: command parsing, routing to {@link dev.briefbot.answer.Answers},
 * and rendering an {@link dev.briefbot.answer.Answer} as Telegram HTML or plain text. It imports no Telegram types.
 */
package dev.briefbot.chat;
