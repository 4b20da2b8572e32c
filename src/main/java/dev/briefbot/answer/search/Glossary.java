package dev.briefbot.answer.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Region;

/**
 * Chinese to English, for questions: 谁提到了机器人？ → "who mentioned robots?". The words come from
 * {@code config/glossary.txt} (checked by the loader; the operator extends it), from the gazetteer's Chinese place
 * names and from people's Chinese names (the optional {@code chinese} field of a brief's people). Chinese text is segmented into words with Lucene's smartcn (a hidden Markov model over a dictionary); the
 * longest run of words the glossary knows is taken first, then the longest known part inside a word it does not. Text
 * that is not Chinese is kept as it is, so a mixed question (谁提到了 elderly care？) reads as one English question.
 * Answers stay in English: this only reads questions.
 */
public final class Glossary {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Grammatical particles: they say nothing a search could use, so they need no entry. */
    private static final Set<String> PARTICLES = Set.of("的", "了", "吗", "呢", "吧", "啊", "呀", "么", "着", "过", "地", "得");
    private static final int LONGEST_RUN = 6;

    private final Map<String, String> english;
    private final int longestKey;

    private Glossary(Map<String, String> english) {
        this.english = Map.copyOf(english);
        this.longestKey = english.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The glossary's text ({@code 机器人, 机械人 => robots} a line) and the gazetteer's Chinese names. */
    public static Glossary of(String glossary, Gazetteer gazetteer) {
        return of(glossary, gazetteer, List.of());
    }

    /** The same, and people's Chinese names (吴文燕 → Wu Wenyan), which the glossary file cannot override. */
    public static Glossary of(String glossary, Gazetteer gazetteer, List<Person> people) {
        Map<String, String> english = new HashMap<>();
        for (Region region : gazetteer.regions()) {
            if (region.chineseName() != null && !region.chineseName().isBlank()) {
                english.put(region.chineseName().strip(), region.name());
            }
        }
        for (String line : (glossary == null ? "" : glossary).split("\\R")) {
            String rule = line.strip();
            int arrow = rule.indexOf("=>");
            if (rule.isEmpty() || rule.startsWith("#") || arrow < 0) {
                continue; // the loader refused every malformed line already
            }
            String meaning = rule.substring(arrow + 2).strip();
            for (String word : rule.substring(0, arrow).split(",")) {
                if (!word.isBlank()) {
                    english.put(word.strip(), meaning);
                }
            }
        }
        for (Person person : people) {
            if (person.chinese() != null && !person.chinese().isBlank()) {
                english.put(person.chinese().strip(), person.name());
            }
        }
        return new Glossary(english);
    }

    /** The runs of Chinese characters in a text, in order: in a translated question, the words left unread. */
    static List<String> chineseWords(String text) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("\\p{IsHan}+").matcher(text == null ? "" : text);
        while (run.find()) {
            words.add(run.group());
        }
        return words;
    }

    /** Is there anything Chinese in the text? */
    public static boolean hasChinese(String text) {
        return text != null && HAN.matcher(text).find();
    }

    /**
     * The text in English: the Chinese words mapped, the rest as it was. A Chinese word the glossary does not know
     * stays as it is (the search then knows the question asks about something it cannot read, and says so rather
     * than answer the rest of the question alone).
     */
    public String english(String text) {
        return translate(text).english();
    }

    /**
     * The text in English, and the Chinese words the glossary does not know (so the caller can say which).
     *
     * @param english the English reading, words separated by spaces, with the unknown Chinese words as they were
     * @param unknown the Chinese words the glossary does not know, in the question's order
     */
    public record Translation(String english, List<String> unknown) {
    }

    public Translation translate(String text) {
        if (!hasChinese(text)) {
            return new Translation(text == null ? "" : text, List.of());
        }
        StringBuilder out = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean han = isHan(text.codePointAt(i));
            while (i < text.length() && isHan(text.codePointAt(i)) == han) {
                i += Character.charCount(text.codePointAt(i));
            }
            String run = text.substring(start, i);
            append(out, han ? chinese(run, unknown) : latin(run));
        }
        return new Translation(out.toString().strip().replaceAll("\\s+", " "), unknown);
    }

    /** Segmented, then the longest runs of known words first. */
    private String chinese(String run, List<String> unknown) {
        List<String> words = segments(run);
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            int taken = 0;
            for (int n = Math.min(LONGEST_RUN, words.size() - at); n >= 1 && taken == 0; n--) {
                String joined = String.join("", words.subList(at, at + n));
                String meaning = english.get(joined);
                if (meaning != null) {
                    out.add(meaning);
                    taken = n;
                }
            }
            if (taken == 0) {
                inside(words.get(at), out, unknown);
                taken = 1;
            }
            at += taken;
        }
        return String.join(" ", out);
    }

    /**
     * A word the glossary lacks: read through its longest known parts when they cover all of it but particles
     * (养老问题 → elderly care, issues); otherwise the word stays as it is and is unknown (养老金, a pension, is not
     * elderly care).
     */
    private void inside(String word, List<String> out, List<String> unknown) {
        List<String> parts = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        parts(word, parts, missed);
        if (missed.isEmpty()) {
            out.addAll(parts);
        } else if (!PARTICLES.contains(word)) {
            out.add(word);
            unknown.add(word);
        }
    }

    private void parts(String word, List<String> out, List<String> unknown) {
        int at = 0;
        StringBuilder missing = new StringBuilder();
        while (at < word.length()) {
            int taken = 0;
            for (int n = Math.min(longestKey, word.length() - at); n >= 1 && taken == 0; n--) {
                String meaning = english.get(word.substring(at, at + n));
                if (meaning != null) {
                    flush(missing, unknown);
                    out.add(meaning);
                    taken = n;
                }
            }
            if (taken == 0) {
                String character = word.substring(at, at + 1);
                if (PARTICLES.contains(character)) {
                    flush(missing, unknown);
                } else {
                    missing.append(character);
                }
                taken = 1;
            }
            at += taken;
        }
        flush(missing, unknown);
    }

    private static void flush(StringBuilder missing, List<String> unknown) {
        if (!missing.isEmpty()) {
            unknown.add(missing.toString());
            missing.setLength(0);
        }
    }

    /** Full-width punctuation as its ASCII self: "？" ends an English question as "?" does. */
    private static String latin(String run) {
        StringBuilder out = new StringBuilder();
        run.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out.appendCodePoint(c - 0xFEE0);
            } else if (c == 0x3001 || c == 0x3002) {
                out.append(c == 0x3002 ? ". " : ", ");
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (part.isBlank()) {
            out.append(part);
            return;
        }
        if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))
                && Character.isLetterOrDigit(part.codePointAt(0))) {
            out.append(' ');
        }
        out.append(part);
    }

    private static List<String> segments(String run) {
        List<String> words = new ArrayList<>();
        try (HMMChineseTokenizer tokenizer = new HMMChineseTokenizer()) {
            tokenizer.setReader(new StringReader(run));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.isEmpty() ? List.of(run) : words;
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
