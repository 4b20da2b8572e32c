package dev.briefbot.subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.brief.Proposal;

/**
 * Library versions for the change tests, loaded as the bot loads them: the project's seeds as the old version, and
 * the project's seeds plus the sample brief of {@code src/test/resources/changes/seeds} as the new one.
 */
final class LibraryVersions {

    static final String NEW_BRIEF = "2024-03-05-sample-two-sessions";
    static final Path CONFIG = Path.of("config");

    private LibraryVersions() {
    }

    static Library projectSeeds() {
        return new LibraryLoader().load(Path.of("seeds"), CONFIG);
    }

    /** The project's seeds with the sample brief copied beside them, in a folder of the test's. */
    static Library withNewBrief(Path emptyFolder) {
        copyAll(Path.of("seeds"), emptyFolder);
        copyAll(Path.of("src/test/resources/changes/seeds"), emptyFolder);
        return new LibraryLoader().load(emptyFolder, CONFIG);
    }

    /** The library with every brief passed through {@code edit}. */
    static Library edited(Library library, UnaryOperator<Brief> edit) {
        return new Library(library.briefs().stream().map(edit).toList(), library.gazetteer(), library.synonyms());
    }

    /** The library with one more brief, made by {@code brief}. */
    static Library plus(Library library, Brief brief) {
        List<Brief> briefs = new ArrayList<>(library.briefs());
        briefs.add(brief);
        return new Library(briefs, library.gazetteer(), library.synonyms());
    }

    static Brief withProposals(Brief brief, List<Proposal> proposals) {
        return new Brief(brief.id(), brief.title(), brief.subtitle(), brief.publisher(), brief.section(),
                brief.published(), brief.url(), brief.people(), proposals, brief.rankings(), brief.context(), brief.text());
    }

    static Brief renamed(Brief brief, String id) {
        return new Brief(id, brief.title(), brief.subtitle(), brief.publisher(), brief.section(), brief.published(),
                brief.url(), brief.people(), brief.proposals(), brief.rankings(), brief.context(), brief.text());
    }

    static Proposal proposal(String id, Proposal like, String summary) {
        return new Proposal(id, like.person(), like.kind(), like.regions(), like.topics(), summary, like.quotes());
    }

    private static void copyAll(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
