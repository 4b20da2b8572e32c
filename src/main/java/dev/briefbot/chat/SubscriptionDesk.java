package dev.briefbot.chat;

import dev.briefbot.answer.Answer;

/**
 * Where {@code /subscribe}, {@code /unsubscribe} and {@code /subscriptions} are answered. The chat layer only routes
 * them here: who may change a chat's subscriptions, and where they are kept, is the transport's and the store's
 * business.
 */
public interface SubscriptionDesk {

    /** {@code /subscribe [REGION or TOPIC]}: an empty argument asks for every new brief. */
    Answer subscribe(ChatRequest request, String regionOrTopic);

    /** {@code /unsubscribe [REGION or TOPIC | all]}: an empty argument, or "all", ends every subscription. */
    Answer unsubscribe(ChatRequest request, String regionOrTopic);

    /** {@code /subscriptions}: what the chat hears about, for anyone in it. */
    Answer subscriptions(ChatRequest request);

    /** Where no notification can be delivered (the console): the commands say where they work. */
    static SubscriptionDesk elsewhere() {
        Answer elsewhere = Answer.of("Subscriptions work in Telegram chats: add me to a group, or write to me, "
                + "and send /subscribe there.");
        return new SubscriptionDesk() {
            @Override
            public Answer subscribe(ChatRequest request, String regionOrTopic) {
                return elsewhere;
            }

            @Override
            public Answer unsubscribe(ChatRequest request, String regionOrTopic) {
                return elsewhere;
            }

            @Override
            public Answer subscriptions(ChatRequest request) {
                return elsewhere;
            }
        };
    }
}
