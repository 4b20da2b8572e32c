package dev.briefbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * The modules as Spring Modulith reads them from the compiled code: no cycle, no reach into another module's
 * sub-packages (its internals), dependencies one way ({@code brief ← answer ← chat ← {console, telegram}}, the
 * subscriptions beside the chat, the transport implementing their interfaces), TelegramBots in {@code telegram} alone,
 * and nothing of a module depending on the application's own package. Also writes their documentation.
 */
class ModularityTest {

    /** The main classes alone, wherever the build puts the tests' (-Dbuild.dir=... moves them from target/). */
    private static final ImportOption MAIN_ONLY = location -> !location.asURI().toString().startsWith(testClasses());
    private static final ApplicationModules MODULES = ApplicationModules.of(BriefBotApplication.class, MAIN_ONLY);
    private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(MAIN_ONLY)
            .importPackages("dev.briefbot");

    /** What each module may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "brief", Set.of(),
            "answer", Set.of("brief"),
            "document", Set.of("brief", "answer"),
            "chat", Set.of("brief", "answer"),
            "console", Set.of("brief", "answer", "chat"),
            "subscription", Set.of("brief", "answer", "chat", "document"),
            "monitoring", Set.of("brief", "answer", "chat", "subscription"),
            "telegram", Set.of("brief", "answer", "chat", "subscription", "document"));

    @Test
    void shouldHaveNoCycleNorReachIntoAnotherModulesInternals() {
        MODULES.verify();
    }

    @Test
    void shouldKnowEveryModuleItIsToldAbout() {
        assertThat(MODULES.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrderElementsOf(
                ALLOWED.keySet());
    }

    @Test
    void shouldKeepDependenciesPointingOneWay() {
        Set<String> violations = new TreeSet<>();
        for (ApplicationModule module : MODULES) {
            module.getDirectDependencies(MODULES).stream()
                    .filter(dependency -> !ALLOWED.get(module.getName())
                            .contains(dependency.getTargetModule().getName()))
                    .forEach(dependency -> violations.add(dependency.getSourceType().getName() + " uses "
                            + dependency.getTargetType().getName()));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldKeepTelegramsTypesInTheTelegramModule() {
        noClasses().that().resideOutsideOfPackage("dev.briefbot.telegram..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .check(CLASSES);
    }

    /** The application's own package (start-up, its analyzers) uses the modules; a module using it would be a cycle. */
    @Test
    void shouldKeepTheModulesFreeOfTheApplicationsOwnPackage() {
        noClasses().that().resideInAPackage("dev.briefbot.(*)..")
                .should().dependOnClassesThat().resideInAPackage("dev.briefbot")
                .check(CLASSES);
    }

    @Test
    void shouldDescribeEveryModuleInItsPackageInfo() {
        for (ApplicationModule module : MODULES) {
            assertThat(Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'),
                    "package-info.java")).exists();
        }
    }

    private static String testClasses() {
        try {
            return ModularityTest.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
        } catch (URISyntaxException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /**
     * docs/modules: the C4 component diagram of all modules, one diagram and one canvas per module. Written into the
     * build folder and compared with the committed ones, whose lines must be the same (Modulith orders the relations
     * as it meets them); {@code -Dmodules.update=true} writes them into docs/modules after an intended change.
     */
    @Test
    void shouldKeepTheModulesDocumentationUpToDate() throws IOException {
        Path written = Path.of(URI.create(testClasses())).getParent().resolve("modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path committed = Path.of("docs", "modules");
        if (Boolean.getBoolean("modules.update")) {
            FileSystemUtils.deleteRecursively(committed);
            FileSystemUtils.copyRecursively(written, committed);
        }

        assertThat(written.resolve("components.puml")).content().contains("Telegram", "Subscription", "Chat");
        try (Stream<Path> files = Files.list(written)) {
            for (Path file : files.toList()) {
                assertThat(lines(committed.resolve(file.getFileName())))
                        .as("%s is stale: ./mvnw test -Dtest=ModularityTest -Dmodules.update=true", file.getFileName())
                        .isEqualTo(lines(file));
            }
        }
    }

    private static Set<String> lines(Path file) throws IOException {
        return Files.exists(file) ? new TreeSet<>(Files.readAllLines(file)) : Set.of();
    }
}
