package dev.briefbot.brief.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Region;

/** The gazetteer's places as a text names them: names, aliases and Chinese names, longest first, whole words only. */
final class PlaceNames {

    private final Gazetteer gazetteer;
    private final Pattern names;
    private final Map<String, Region> byName = new LinkedHashMap<>();

    PlaceNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<String> all = new ArrayList<>();
        for (Region region : gazetteer.regions()) {
            List<String> forms = new ArrayList<>(region.aliases());
            forms.add(region.name());
            forms.add(region.chineseName());
            for (String form : forms) {
                if (form != null && !form.isBlank() && byName.putIfAbsent(key(form), region) == null) {
                    all.add(form);
                }
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : all) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(name));
        }
        // "Shenzhen's" names Shenzhen; a Chinese name needs no word boundary
        this.names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The places named in a text, in reading order, each once. */
    List<Region> in(String text) {
        List<Region> found = new ArrayList<>();
        Matcher matcher = names.matcher(text);
        while (matcher.find()) {
            Region region = byName.get(key(matcher.group()));
            // "China" and a one-word name in lower case ("shanghai" as an adjective) are no place of the gazetteer
            if (region != null && !found.contains(region) && Character.isUpperCase(matcher.group().codePointAt(0))
                    || region != null && !found.contains(region) && isHan(matcher.group())) {
                found.add(region);
            }
        }
        return found;
    }

    Optional<Region> named(String name) {
        return Optional.ofNullable(byName.get(key(name.strip())));
    }

    boolean isPlaceWord(String word) {
        return byName.containsKey(key(word));
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    private static boolean isHan(String text) {
        return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
