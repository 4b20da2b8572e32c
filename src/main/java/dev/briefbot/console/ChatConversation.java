package dev.briefbot.console;

import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.PlainTextRenderer;
import org.springframework.stereotype.Component;

/** The console user's lines as messages of one private chat, routed like any chat's and rendered as plain text. */
@Component
class ChatConversation implements Conversation {

    /** The one console user, who is also the private chat (Telegram ids are positive, so 1 collides with no one). */
    static final long CONSOLE_USER = 1;

    private final ChatRouter router;
    private final PlainTextRenderer renderer;

    ChatConversation(ChatRouter router, PlainTextRenderer renderer) {
        this.router = router;
        this.renderer = renderer;
    }

    @Override
    public String reply(String text) {
        return router.reply(ChatRequest.privateChat(CONSOLE_USER, text)).map(renderer::render).orElse("");
    }
}
