package dev.briefbot;

import dev.briefbot.chat.TelegramToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import dev.briefbot.answer.Answers;
import dev.briefbot.console.ConsoleRunner;
import dev.briefbot.console.LibraryTools;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

@SpringBootApplication
public class BriefBotApplication {

    private static final List<String> CONSOLE_EXCLUDES = List.of(
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration");

    public static void main(String[] args) {
        // --check and --draft need no service: they run and exit before Spring starts, which keeps them fast
        OptionalInt tool = LibraryTools.runFromMain(args);
        if (tool.isPresent()) {
            System.exit(tool.getAsInt());
        }
        // the search's model takes about a second to load: on its own thread, beside Spring's start-up
        Answers.preloadSearchModel();
        ConfigurableApplicationContext context = start(args);
        // the console has ended (end of input, /quit, or --ask answered): end the process with its exit code
        if (ConsoleRunner.ranIn(context)) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** Starts the application as {@code main} does, console included, and returns once the console has ended. */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(BriefBotApplication.class);
        application.setDefaultProperties(launchProperties(args));
        return application.run(args);
    }

    /** The environment as launched, arguments included, before any configuration file is read. */
    private static StandardEnvironment launchEnvironment(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment;
    }

    /** Launched from here the console may read the terminal; with --ask, standard output carries answers only. */
    private static Map<String, Object> launchProperties(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConsoleRunner.ENABLED, "true");
        if (!TelegramToken.isSet(launchEnvironment(args))) {
            // the console keeps no subscriptions: no data source, no migrations, a faster first answer;
            properties.put("spring.autoconfigure.exclude", String.join(",", CONSOLE_EXCLUDES));
            // nor a web server: the console answers on the terminal, and nobody deploys it to be watched
            properties.put("spring.main.web-application-type", "none");
        }
        if (ConsoleRunner.answersOnly(args)) {
            properties.put("logging.level.root", "warn");
            properties.put("spring.main.log-startup-info", "false");
        }
        return properties;
    }
}
