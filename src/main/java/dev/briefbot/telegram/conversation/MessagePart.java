package dev.briefbot.telegram.conversation;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One message of an answer, as sent or as an edit puts it in place: its HTML and the buttons under it.
 *
 * @param buttons the keyboard; null for none
 */
record MessagePart(String html, InlineKeyboardMarkup buttons) {
}
