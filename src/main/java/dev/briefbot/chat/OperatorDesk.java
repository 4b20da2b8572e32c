package dev.briefbot.chat;

import dev.briefbot.answer.Answer;

/**
 * Where the operators' commands are answered ({@code /reload}). The chat layer only routes them here: who operates
 * the bot, and what a reload does, is the subscriptions' business. They are kept out of /help and the command menus.
 */
public interface OperatorDesk {

    /** {@code /reload}: takes in the seeds folder now, for an operator; anyone else is told no. */
    Answer reload(ChatRequest request);

    /** Where nobody operates the bot from the chat (the console): the command says where it works. */
    static OperatorDesk elsewhere() {
        Answer elsewhere = Answer.of("/reload is for the operators of the Telegram bot; the console reads the seeds "
                + "folder each time it starts.");
        return request -> elsewhere;
    }
}
