package dev.briefbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The design's one-way dependencies, read from the sources: {@code brief ← answer ← chat ← {console, telegram}}. A module that
 * reached back (the knowledge importing chat, answers importing a renderer) would fail here, naming the file.
 */
class ModuleStructureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/briefbot");
    private static final Pattern PROJECT_IMPORT = Pattern.compile("^import (?:static )?dev\\.briefbot\\.(\\w+)\\.",
            Pattern.MULTILINE);

    /** What each module may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "brief", Set.of(),
            "answer", Set.of("brief"),
            "chat", Set.of("brief", "answer"),
            "console", Set.of("brief", "answer", "chat"),
            "subscription", Set.of("brief", "answer", "chat"),
            "monitoring", Set.of("brief", "answer", "subscription"),
            "telegram", Set.of("brief", "answer", "chat", "subscription"));

    @Test
    void shouldKeepDependenciesPointingOneWay() throws IOException {
        Set<String> violations = new TreeSet<>();
        for (Map.Entry<String, Set<String>> module : ALLOWED.entrySet()) {
            for (Path source : sourcesOf(module.getKey())) {
                Matcher imported = PROJECT_IMPORT.matcher(Files.readString(source));
                while (imported.find()) {
                    String target = imported.group(1);
                    if (!target.equals(module.getKey()) && !module.getValue().contains(target)) {
                        violations.add(source + " imports dev.briefbot." + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldKeepTransportTypesOutOfTheKnowledgeTheAnswersTheChatAndTheSubscriptions() throws IOException {
        Set<String> violations = new TreeSet<>();
        for (String module : List.of("brief", "answer", "chat", "subscription")) {
            for (Path source : sourcesOf(module)) {
                if (Files.readString(source).contains("import org.telegram.")) {
                    violations.add(source.toString());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldDescribeEveryModuleInItsPackageInfo() {
        assertThat(ALLOWED.keySet()).allSatisfy(module ->
                assertThat(SOURCES.resolve(module).resolve("package-info.java")).exists());
    }

    private static List<Path> sourcesOf(String module) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
