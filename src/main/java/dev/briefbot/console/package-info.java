/**
 * The chat on a terminal: an interactive session, a one-shot {@code --ask "QUESTION"} and a batch {@code --ask -}
 * that answers standard input as JSON lines. It runs when no Telegram token is set.
 */
package dev.briefbot.console;
