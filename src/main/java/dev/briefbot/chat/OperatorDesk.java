package dev.briefbot.chat;

import dev.briefbot.answer.Answer;

/**
 * Where the operators' commands are answered ({@code /reload}). The chat layer only routes them here: who operates
 * the bot, and what a reload does, is the subscriptions' business. They are kept out of /help and the command menus.
 */
public interface OperatorDesk {

    /** {@code /reload}: takes in the seeds folder now, for an operator; anyone else is told no. */
    Answer reload(ChatRequest request);

    /**
     * Whether the request comes from an operator, in a private chat: then {@code /source} also says why a brief was
     * set aside. Nobody by default.
     */
    default boolean operates(ChatRequest request) {
        return false;
    }

    /**
     * Where nobody operates the bot from the chat (the console): the command says where it works. Whoever runs the
     * console runs the bot, so they see what an operator sees.
     */
    static OperatorDesk elsewhere() {
        Answer elsewhere = Answer.of("/reload is for the operators of the Telegram bot; the console reads the seeds "
                + "folder each time it starts.");
        return new OperatorDesk() {
            @Override
            public Answer reload(ChatRequest request) {
                return elsewhere;
            }

            @Override
            public boolean operates(ChatRequest request) {
                return true;
            }
        };
    }
}
