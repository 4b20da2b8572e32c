package dev.briefbot.console;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's tools that need no running service, run from {@code main} before Spring starts: {@code --check}
 * validates the folders, {@code --draft seeds/<id>.txt} proposes a brief's YAML. Standard output carries their
 * result only, and no failure prints a stack trace.
 */
public final class LibraryTools {

    static final String CHECK = "--check";
    static final String DRAFT = "--draft";
    static final int MISUSED = 2;

    private LibraryTools() {
    }

    /** As {@link #run}, on the process's own streams, with logging off: what {@code main} runs first. */
    public static OptionalInt runFromMain(String[] args) {
        if (!asksForATool(args)) {
            return OptionalInt.empty();
        }
        quietLogs();
        return run(args, System.out, System.err);
    }

    /** The exit code of the tool the arguments ask for, or empty when they ask for none (the service starts). */
    static OptionalInt run(String[] args, PrintStream out, PrintStream err) {
        if (!asksForATool(args)) {
            return OptionalInt.empty();
        }
        List<String> arguments = Arrays.asList(args);
        boolean check = arguments.contains(CHECK);
        int draft = draftIndex(arguments);
        try {
            if (check && draft >= 0) {
                err.println("briefbot: give --check or --draft, not both");
                return OptionalInt.of(MISUSED);
            }
            if (check) {
                return OptionalInt.of(new LibraryCheck(out).run(without(arguments, CHECK)));
            }
            return OptionalInt.of(new DraftCommand(out, err).run(arguments, draft));
        } catch (RuntimeException | LinkageError failure) {
            err.println("briefbot: " + (check ? CHECK : DRAFT) + " could not finish: " + failure);
            return OptionalInt.of(1);
        }
    }

    private static int draftIndex(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals(DRAFT) || arguments.get(i).startsWith(DRAFT + "=")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean asksForATool(String[] args) {
        return Arrays.asList(args).contains(CHECK) || draftIndex(Arrays.asList(args)) >= 0;
    }

    private static String[] without(List<String> arguments, String flag) {
        return arguments.stream().filter(argument -> !argument.equals(flag)).toArray(String[]::new);
    }

    // without Spring, Logback's default would print every library's DEBUG lines on standard output
    private static void quietLogs() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }
}
