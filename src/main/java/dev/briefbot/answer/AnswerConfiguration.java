package dev.briefbot.answer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.briefbot.brief.Library;

/** The answers over the library the application loaded. */
@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    @Bean
    Answers answers(Library library) {
        return Answers.of(library);
    }
}
