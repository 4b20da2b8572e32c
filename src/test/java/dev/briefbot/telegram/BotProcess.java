package dev.briefbot.telegram;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.briefbot.BriefBotApplication;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The bot as an operator runs it: {@code java dev.briefbot.BriefBotApplication --flags} in a JVM of its own, from the
 * project folder (so ./config is read), configured by its arguments alone. A test can end it as a machine would:
 * {@link #kill()} (SIGKILL: no shutdown hook, no grace) or {@link #terminate} (SIGTERM, as {@code docker stop} and
 * systemd ask). Its output goes to {@code <name>.log} in the given folder, for a failing test to show.
 */
final class BotProcess implements AutoCloseable {

    private static final Duration DEATH = Duration.ofSeconds(5);
    // the test JVM's environment must not configure the bot behind its arguments' back (a real token, ./data)
    private static final List<String> FOREIGN_SETTINGS = List.of("TELEGRAM_", "BRIEFBOT_", "SPRING_");

    private final String name;
    private final Process process;
    private final Path output;

    private BotProcess(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    /** Starts the bot with these arguments ({@code --key=value}); returns at once, before it is ready. */
    static BotProcess start(Path folder, String name, List<String> arguments) {
        Path output = folder.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command(folder, arguments))
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> FOREIGN_SETTINGS.stream().anyMatch(key::startsWith));
        try {
            Process process = builder.start();
            // nothing to read on standard input, as under systemd or docker without -i
            process.getOutputStream().close();
            return new BotProcess(name, process, output);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the bot as a process", e);
        }
    }

    /** Waits until the output shows this text; fails at once, with the output, if the bot died first. */
    void awaitOutput(String text, Duration timeout) {
        try {
            await("'" + text + "' in the output of " + name).atMost(timeout).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        boolean shown = output().contains(text);
                        if (!shown && !process.isAlive()) {
                            throw new AssertionError(name + " exited with " + process.exitValue() + " before showing '"
                                    + text + "':\n" + tail(60));
                        }
                        return shown;
                    });
        } catch (ConditionTimeoutException late) {
            throw new AssertionError(late.getMessage() + ":\n" + tail(60), late);
        }
    }

    /** SIGKILL, then waits until the process is gone: nothing of the bot runs after this returns. */
    void kill() {
        process.destroyForcibly();
        if (!exitedWithin(DEATH)) {
            throw new IllegalStateException(name + " survived SIGKILL for " + DEATH.toSeconds() + " s");
        }
    }

    /** SIGTERM, then waits for the exit; returns the exit code. Outlasting the wait: killed, and an AssertionError. */
    int terminate(Duration wait) {
        process.destroy();
        if (!exitedWithin(wait)) {
            kill();
            throw new AssertionError(name + " did not stop within " + wait.toSeconds() + " s of SIGTERM:\n" + tail(60));
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String name() {
        return name;
    }

    /** Everything the bot wrote so far, standard error included. */
    String output() {
        try {
            return Files.exists(output) ? new String(Files.readAllBytes(output), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the output, to show when a test fails. */
    String tail(int lines) {
        List<String> all = output().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Kills the bot if it still runs: a test never leaves one behind. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private boolean exitedWithin(Duration wait) {
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static List<String> command(Path folder, List<String> arguments) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                // a quick start on a small machine: the bot's work here is I/O, not hot loops
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "@" + classpathFile(folder), BriefBotApplication.class.getName()));
        command.addAll(arguments);
        return command;
    }

    /**
     * The test JVM's class path, in an argument file: it can be longer than one command-line argument may be. Under
     * surefire java.class.path is the real class path (surefire sets it even when it launches through a manifest-only
     * jar), so the bot sees the same classes and resources as the test.
     */
    private static Path classpathFile(Path folder) {
        Path file = folder.resolve("classpath.args");
        String classpath = System.getProperty("java.class.path").replace("\\", "\\\\").replace("\"", "\\\"");
        try {
            return Files.writeString(file, "-cp \"" + classpath + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
