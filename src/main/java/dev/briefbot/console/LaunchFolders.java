package dev.briefbot.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The seeds and config folders as the service would find them, without starting it: {@code --briefbot.seeds-dir=}
 * and the other command-line settings first, then system properties and the environment ({@code BRIEFBOT_SEEDSDIR},
 * relaxed as Spring Boot reads it), then {@code ./config/application.yml} and {@code ./application.yml}, then the
 * built-in defaults. A settings file that cannot be read is a problem of its own.
 */
record LaunchFolders(Path seeds, Path config, List<String> problems) {

    private static final String SEEDS = "briefbot.seeds-dir";
    private static final String CONFIG = "briefbot.config-dir";
    private static final List<String> SETTINGS_FILES = List.of("config/application.yml", "application.yml");

    LaunchFolders {
        problems = List.copyOf(problems);
    }

    static LaunchFolders of(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.addFirst(new SimpleCommandLinePropertySource(args));
        List<String> problems = new ArrayList<>();
        for (String file : SETTINGS_FILES) {
            addLast(sources, new FileSystemResource(file), file, problems);
        }
        addLast(sources, new ClassPathResource("application.yml"), "the built-in application.yml", problems);
        Binder binder = Binder.get(environment);
        Path seeds = folder(binder, SEEDS, "seeds", problems);
        Path config = folder(binder, CONFIG, "config", problems);
        return new LaunchFolders(seeds, config, problems);
    }

    private static void addLast(MutablePropertySources sources, Resource resource, String name,
                                List<String> problems) {
        if (!resource.exists()) {
            return;
        }
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(name, resource)) {
                sources.addLast(source);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(name + ": cannot be read as YAML (" + firstLine(e.getMessage())
                    + "); check the indentation and quoting around that line");
        }
    }

    private static Path folder(Binder binder, String property, String fallback, List<String> problems) {
        try {
            String value = binder.bind(property, String.class).orElse("");
            return Path.of(value.isBlank() ? fallback : value.strip());
        } catch (RuntimeException e) {
            problems.add(property + ": cannot be read (" + firstLine(e.getMessage()) + "); give a folder path");
            return Path.of(fallback);
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
