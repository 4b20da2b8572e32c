package dev.briefbot.console;

import java.io.IOException;

import dev.briefbot.chat.TelegramToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Runs the console once the library is loaded, in the mode the command line asks for, and keeps its exit code for
 * {@code SpringApplication.exit}. Only when launched from {@code main} (which sets {@value #ENABLED}): a test that
 * starts the context must never sit reading standard input.
 */
@Component
@ConditionalOnProperty(name = ConsoleRunner.ENABLED, havingValue = "true")
@Conditional(TelegramToken.Absent.class)
public final class ConsoleRunner implements ApplicationRunner, ExitCodeGenerator {

    public static final String ENABLED = "briefbot.console.enabled";
    private static final Logger log = LoggerFactory.getLogger(ConsoleRunner.class);

    private final Conversation conversation;
    private volatile int exitCode;

    ConsoleRunner(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exitCode = run(ConsoleMode.of(arguments.getSourceArgs()));
    }

    private int run(ConsoleMode mode) {
        try {
            return mode.run(conversation, Terminal.system());
        } catch (IOException failure) {
            log.error("The console could not read or write the terminal", failure);
            return 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Whether the console ran in this context, so the application ends with it. */
    public static boolean ranIn(ApplicationContext context) {
        return context.getBeanNamesForType(ConsoleRunner.class).length > 0;
    }

    /** Whether these arguments want answers only on standard output: {@code --ask} in either form. */
    public static boolean answersOnly(String... args) {
        return ConsoleMode.answersOnly(args);
    }
}
