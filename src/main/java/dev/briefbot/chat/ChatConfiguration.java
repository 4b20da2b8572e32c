package dev.briefbot.chat;

import dev.briefbot.answer.Answer;

import dev.briefbot.answer.CurrentLibrary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chat beans. Answers are looked up per request, so a reloaded library is used as soon as it is published. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChatSettings.class)
class ChatConfiguration {

    @Bean
    Conversations conversations() {
        return new Conversations();
    }

    @Bean
    ChatRouter chatRouter(CurrentLibrary library, ChatSettings settings,
            ObjectProvider<SubscriptionDesk> subscriptions, ObjectProvider<OperatorDesk> operators,
            Conversations conversations) {
        // the operators' desk is looked up when asked: what it does (a reload) reaches the transport, which needs
        // this router, so it cannot be had before the router is built
        OperatorDesk operatorsWhenAsked = new OperatorDesk() {
            @Override
            public Answer reload(ChatRequest request) {
                return operators.getIfAvailable(OperatorDesk::elsewhere).reload(request);
            }

            @Override
            public boolean operates(ChatRequest request) {
                return operators.getIfAvailable(OperatorDesk::elsewhere).operates(request);
            }
        };
        return new ChatRouter(library::answers, settings, subscriptions.getIfAvailable(SubscriptionDesk::elsewhere),
                operatorsWhenAsked, conversations);
    }

    @Bean
    PlainTextRenderer plainTextRenderer() {
        return new PlainTextRenderer();
    }

    @Bean
    TelegramHtmlRenderer telegramHtmlRenderer() {
        return new TelegramHtmlRenderer();
    }
}
