package dev.briefbot.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.briefbot.brief.Masthead;

/**
 * Where a document's article is saved: {@code <id>.txt} in the seeds folder, the id made of the publication date and
 * the headline's first words ({@code 2024-01-28-lawmakers-political-advisors-brainstorm}), else of the file's name.
 * An id holds only lowercase letters, digits and hyphens, so no name can reach outside the folder; an id any file of
 * the folder already uses gets {@code -2}, {@code -3} ..., so no brief is ever overwritten; and the same text sent
 * twice is found, not saved again. The text is written beside its place under a hidden name, then moved into it.
 */
public final class NewBriefs {

    /** A new brief's text in the folder, or the one that already held the same text. */
    public record Saved(String id, Path file, String title, boolean alreadyThere) {
    }

    private static final int MOST_WORDS = 6;
    private static final int LONGEST_SLUG = 60;
    private static final int MOST_TRIES = 100;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on",
            "for", "at", "by", "with", "as", "is", "are", "its", "it");
    private static final List<String> EXTENSIONS = List.of(".txt", ".yaml", ".yml");

    private final Path seedsDir;

    public NewBriefs(Path seedsDir) {
        this.seedsDir = seedsDir;
    }

    /**
     * Saves the article, sent as {@code fileName}, under the first free id.
     *
     * @throws IOException when the folder cannot be written; nothing is left behind
     */
    public synchronized Saved save(String text, String fileName) throws IOException {
        Masthead masthead = Masthead.read("", text);
        String base = id(masthead, fileName);
        for (int n = 1; n <= MOST_TRIES; n++) {
            String id = n == 1 ? base : base + "-" + n;
            Path file = inFolder(id + ".txt");
            if (Files.exists(file) && sameText(file, text)) {
                return new Saved(id, file, masthead.title(), true);
            }
            if (taken(id)) {
                continue;
            }
            try {
                write(file, text);
                return new Saved(id, file, masthead.title(), false);
            } catch (FileAlreadyExistsException raced) {
                // a file of that name arrived meanwhile: the next id
            }
        }
        throw new IOException("no free id after " + MOST_TRIES + " tries");
    }

    /** The date the article prints (or none), then the headline's words, else the file name's, else "document". */
    static String id(Masthead masthead, String fileName) {
        String date = masthead.published() == null ? "" : masthead.published().date() + "-";
        String words = slug(masthead.title())
                .or(() -> slug(stem(fileName)))
                .orElse("document");
        return date + words;
    }

    static Optional<String> slug(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !SMALL_WORDS.contains(word) && words.size() < MOST_WORDS) {
                words.add(word);
            }
        }
        String slug = String.join("-", words);
        if (slug.length() > LONGEST_SLUG) {
            slug = slug.substring(0, LONGEST_SLUG).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    private static String stem(String fileName) {
        if (fileName == null) {
            return null;
        }
        // only the last part of a name that holds a path: "../../etc/x.txt" is "x"
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private boolean taken(String id) {
        return EXTENSIONS.stream().anyMatch(extension -> Files.exists(inFolder(id + extension)));
    }

    /** A file of the seeds folder itself, never of a folder above or below it. */
    private Path inFolder(String name) {
        Path folder = seedsDir.toAbsolutePath().normalize();
        Path file = folder.resolve(name).normalize();
        if (!name.matches("[a-z0-9][a-z0-9-]*\\.[a-z]+") || !folder.equals(file.getParent())) {
            throw new IllegalArgumentException("not a name of the seeds folder: " + name);
        }
        return seedsDir.resolve(name);
    }

    private static boolean sameText(Path file, String text) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException unreadable) {
            return false;
        }
    }

    // hidden while written: the loader passes over names that start with a dot, so the watch never reads half a text
    private static void write(Path file, String text) throws IOException {
        Path part = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, file);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
