package dev.briefbot.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds a {@link Library} from the files: the gazetteer, the synonym rules and the glossary of the config folder, then every
 * brief of the seeds folder, each checked as docs/seed-format.md says. The first file that fails a check is
 * refused with a {@link LibraryException} that names it, the entry and what to fix.
 */
public final class LibraryLoader {

    static final String REGIONS = "regions.yaml";
    static final String SYNONYMS = "synonyms.txt";
    static final String GLOSSARY = "glossary.txt";
    private static final String FACTS = ".yaml";
    private static final String TEXT = ".txt";

    public Library load(Path seedsDir, Path configDir) {
        Path regionsFile = configDir.resolve(REGIONS);
        Gazetteer gazetteer = readGazetteer(regionsFile);
        String synonyms = SynonymRules.read(configDir.resolve(SYNONYMS));
        String glossary = GlossaryRules.read(configDir.resolve(GLOSSARY));
        BriefReader reader = new BriefReader(gazetteer, regionsFile);
        List<Brief> briefs = new ArrayList<>();
        briefFiles(seedsDir).forEach((id, files) -> briefs.add(reader.read(id, files.facts(), files.text())));
        briefs.sort(Comparator.comparing(Brief::published).thenComparing(Brief::id));
        return new Library(briefs, gazetteer, synonyms, glossary);
    }

    private static Gazetteer readGazetteer(Path regionsFile) {
        if (!Files.isRegularFile(regionsFile)) {
            throw new LibraryException(regionsFile + ": not found. Create it with China's 34 provincial-level "
                    + "divisions (see docs/seed-format.md), or point briefbot.config-dir at the folder that holds it.");
        }
        return GazetteerReader.read(regionsFile);
    }

    /** The briefs of the folder by id, each a facts file beside its text; any file without its partner is refused. */
    private static Map<String, BriefFiles> briefFiles(Path seedsDir) {
        List<Path> files = filesIn(seedsDir);
        Problems problems = new Problems(seedsDir);
        Map<String, BriefFiles> briefs = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(FACTS)) {
                pair(problems, briefs, file, TEXT, "add the article exactly as published as ", FACTS);
            } else if (name.endsWith(TEXT)) {
                pair(problems, briefs, file, FACTS, "add its curated facts (see docs/seed-format.md) as ", TEXT);
            } else if (name.endsWith(".yml")) {
                problems.add("", file + " has the extension .yml; rename it to " + idOf(file, ".yml") + FACTS);
            }
        }
        if (problems.isEmpty() && briefs.isEmpty()) {
            problems.add("", "no briefs found; a brief is <id>.txt (the article as published) beside <id>.yaml "
                    + "(its facts). Add one, or point briefbot.seeds-dir at the folder that holds them.");
        }
        problems.throwIfAny();
        return briefs;
    }

    private static void pair(Problems problems, Map<String, BriefFiles> briefs, Path file, String partnerExtension,
                             String howToAdd, String ownExtension) {
        String id = idOf(file, ownExtension);
        Path partner = file.resolveSibling(id + partnerExtension);
        if (!Files.isRegularFile(partner)) {
            problems.add("", file + " has no " + partner + " beside it; " + howToAdd + partner + ", or remove "
                    + file);
        } else if (ownExtension.equals(FACTS)) {
            briefs.put(id, new BriefFiles(file, partner));
        }
    }

    private static List<Path> filesIn(Path seedsDir) {
        if (!Files.isDirectory(seedsDir)) {
            throw new LibraryException(seedsDir + ": folder not found (looked in " + seedsDir.toAbsolutePath()
                    + "). Create it with at least one brief, or point briefbot.seeds-dir at the folder that holds "
                    + "the briefs.");
        }
        try (Stream<Path> listing = Files.list(seedsDir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new LibraryException(seedsDir + ": cannot be listed (" + e.getMessage() + ").", e);
        }
    }

    private static String idOf(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }

    private record BriefFiles(Path facts, Path text) {
    }
}
