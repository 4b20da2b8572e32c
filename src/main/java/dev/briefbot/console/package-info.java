/**
 * The chat on a terminal: an interactive session, a one-shot {@code --ask "QUESTION"} and a batch {@code --ask -}
 * that answers standard input as JSON lines. It runs when no Telegram token is set. Also the operator's tools that
 * need no running service, {@code --check} and {@code --draft}, which {@code main} runs before Spring starts.
 */
package dev.briefbot.console;
