package dev.briefbot.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/**
 * Builds a {@link Library} from the files: the gazetteer, the synonym rules and the glossary of the config folder,
 * then every brief of the seeds folder, each checked as docs/seed-format.md says. A brief that fails a check is set
 * aside (logged at WARN, and kept in {@link Library#setAside()} with its problems) and the others load; a text without
 * its facts is loaded as an {@link UnreviewedBrief}. Only a broken config file, a seeds folder that cannot be read,
 * or a folder where no brief at all loads is refused, with a {@link LibraryException} that names each file, entry and
 * what to fix.
 */
public final class LibraryLoader {

    static final String REGIONS = "regions.yaml";
    static final String SYNONYMS = "synonyms.txt";
    static final String GLOSSARY = "glossary.txt";
    private static final String FACTS = ".yaml";
    private static final String TEXT = ".txt";

    private final Consumer<SetAside> setAsideReport;

    /** A loader that logs each brief it sets aside at WARN. */
    public LibraryLoader() {
        this(setAside -> LoggerFactory.getLogger(LibraryLoader.class)
                .warn("Brief '{}' set aside, the others load: {}", setAside.id(), setAside.reason()));
    }

    /** @param setAsideReport told of each brief set aside, as it is */
    public LibraryLoader(Consumer<SetAside> setAsideReport) {
        this.setAsideReport = setAsideReport;
    }

    public Library load(Path seedsDir, Path configDir) {
        Path regionsFile = configDir.resolve(REGIONS);
        Gazetteer gazetteer = Gazetteer.read(configDir);
        String synonyms = SynonymRules.read(configDir.resolve(SYNONYMS));
        String glossary = GlossaryRules.read(configDir.resolve(GLOSSARY));
        BriefReader reader = new BriefReader(gazetteer, regionsFile);
        Folder folder = folder(seedsDir);
        List<Brief> briefs = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>(folder.setAside());
        List<UnreviewedBrief> unreviewed = new ArrayList<>();
        folder.texts().forEach((id, text) -> {
            try {
                unreviewed.add(unreviewed(id, text));
            } catch (LibraryException refused) {
                setAside.add(new SetAside(id, text.toString(), refused.problems()));
            }
        });
        folder.briefs().forEach((id, files) -> {
            try {
                briefs.add(reader.read(id, files.facts(), files.text()));
            } catch (LibraryException refused) {
                setAside.add(new SetAside(id, files.facts().toString(), refused.problems()));
            }
        });
        setAside.sort(Comparator.comparing(SetAside::id));
        if (briefs.isEmpty() && unreviewed.isEmpty()) {
            throw nothingLoads(seedsDir, setAside);
        }
        setAside.forEach(setAsideReport);
        briefs.sort(Comparator.comparing(Brief::published).thenComparing(Brief::id));
        return new Library(briefs, unreviewed, setAside, gazetteer, synonyms, glossary);
    }

    private static UnreviewedBrief unreviewed(String id, Path textFile) {
        String text = BriefReader.readText(textFile);
        if (text.isBlank()) {
            throw LibraryException.in(textFile, "", "is empty; paste the article into it, or remove it", null);
        }
        return UnreviewedBrief.read(id, textFile.toString(), text);
    }

    /** Nothing to answer from: every problem of every brief, or how to add the first one. */
    private static LibraryException nothingLoads(Path seedsDir, List<SetAside> setAside) {
        if (setAside.isEmpty()) {
            return LibraryException.in(seedsDir, "", "no briefs found; a brief is <id>.txt (the article as "
                    + "published) beside <id>.yaml (its facts). Add one, or point briefbot.seeds-dir at the folder "
                    + "that holds them.", null);
        }
        List<Problem> problems = setAside.stream().flatMap(brief -> brief.problems().stream()).toList();
        String message = setAside.size() == 1 ? setAside.get(0).reason()
                : seedsDir + ": no brief can be loaded; fix at least one of them:\n" + String.join("\n",
                        setAside.stream().map(SetAside::reason).toList());
        return new LibraryException(problems, message, null);
    }

    /** The briefs of the folder by id, each a facts file beside its text; texts alone; what cannot be paired. */
    private static Folder folder(Path seedsDir) {
        Map<String, BriefFiles> briefs = new TreeMap<>();
        Map<String, Path> texts = new TreeMap<>();
        List<SetAside> setAside = new ArrayList<>();
        for (Path file : filesIn(seedsDir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(FACTS)) {
                String id = idOf(file, FACTS);
                Path text = file.resolveSibling(id + TEXT);
                if (Files.isRegularFile(text)) {
                    briefs.put(id, new BriefFiles(file, text));
                } else {
                    setAside.add(alone(id, file, "has no " + text + " beside it; add the article exactly as "
                            + "published as " + text + ", or remove " + file));
                }
            } else if (name.endsWith(TEXT)) {
                String id = idOf(file, TEXT);
                Path facts = file.resolveSibling(id + FACTS);
                if (!Files.isRegularFile(facts)) {
                    texts.put(id, file);
                }
            } else if (name.endsWith(".yml")) {
                setAside.add(alone(idOf(file, ".yml"), file, "has the extension .yml; rename it to "
                        + idOf(file, ".yml") + FACTS));
            }
        }
        return new Folder(briefs, texts, setAside);
    }

    private static SetAside alone(String id, Path file, String problem) {
        return new SetAside(id, file.toString(), List.of(Problem.of(file, "", problem)));
    }

    private static List<Path> filesIn(Path seedsDir) {
        if (!Files.isDirectory(seedsDir)) {
            throw LibraryException.in(seedsDir, "", "folder not found (looked in " + seedsDir.toAbsolutePath()
                    + "). Create it with at least one brief, or point briefbot.seeds-dir at the folder that holds "
                    + "the briefs.", null);
        }
        try (Stream<Path> listing = Files.list(seedsDir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw LibraryException.in(seedsDir, "", "cannot be listed (" + e.getMessage() + ").", e);
        }
    }

    private static String idOf(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }

    private record BriefFiles(Path facts, Path text) {
    }

    private record Folder(Map<String, BriefFiles> briefs, Map<String, Path> texts, List<SetAside> setAside) {
    }
}
