package dev.briefbot.brief;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code config/glossary.txt}, the bilingual glossary that turns a question in Chinese into the English the
 * search reads ({@code 机器人, 机械人 => robots}), and checks every line, so a broken one stops start-up with its line
 * number. The file is optional: without it only place names (the gazetteer's Chinese names) are understood.
 */
final class GlossaryRules {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String HOW = " Write the Chinese words, comma-separated, then =>, then the English they mean,"
            + " e.g. '机器人, 机械人 => robots'; start comments with #.";

    private GlossaryRules() {
    }

    /** @return the text of the file, every line checked; empty when there is no such file */
    static String read(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        String text = readText(file);
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int number = 1; number <= lines.length; number++) {
            String problem = problem(lines[number - 1], number, seen);
            if (problem != null) {
                throw new LibraryException(file + ": line " + number + " (\"" + lines[number - 1].strip() + "\") "
                        + problem + "." + HOW);
            }
        }
        return text;
    }

    private static String problem(String raw, int number, Map<String, Integer> seen) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        String[] sides = line.split("=>", -1);
        if (sides.length != 2) {
            return sides.length == 1 ? "has no =>" : "has more than one =>";
        }
        String english = sides[1].strip();
        if (english.isEmpty()) {
            return "has no English after =>";
        }
        if (HAN.matcher(english).find()) {
            return "has Chinese after =>, where the English belongs";
        }
        for (String chinese : sides[0].split(",", -1)) {
            String word = chinese.strip();
            if (word.isEmpty()) {
                return "has an empty Chinese word before =>";
            }
            if (!HAN.matcher(word).find()) {
                return "has \"" + word + "\" before =>, which holds no Chinese character";
            }
            Integer earlier = seen.putIfAbsent(word, number);
            if (earlier != null) {
                return "maps " + word + " again (line " + earlier + " maps it already)";
            }
        }
        return null;
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new LibraryException(file + ": is not UTF-8 text; save it as UTF-8.", e);
        } catch (IOException e) {
            throw new LibraryException(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }
}
