package dev.briefbot.answer;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import dev.briefbot.brief.Library;

/** The answers over the library the application loaded, swapped when a new version is taken in. */
@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    @Bean
    CurrentLibrary currentLibrary(Library library) {
        return new CurrentLibrary(library);
    }

    /** A prototype, so whoever asks for {@code Answers} gets the current ones, never a version frozen at start-up. */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    Answers answers(CurrentLibrary current) {
        return current.answers();
    }
}
