package dev.briefbot.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Region;

/**
 * Regions by any name people use: id, name, alias or Chinese name, with typos forgiven ("shenzen", "Hongkong").
 * A typo is forgiven up to two edits, and a "did you mean" offers places of one kind only: a name typed as a city,
 * district or zone ("Nanshen district") or closest to one never offers a province a few letters away ("Qinghai"
 * for "Qianhai"), and a name typed as a province never offers a city.
 */
final class RegionNames {

    // "Guangdong Province", "Shenzhen City", "the Beijing-Tianjin-Hebei region", "深圳市" all name the place itself
    private static final String ARTICLE = "the ";
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^the ");
    private static final Set<String> KINDS =
            Set.of("province", "city", "municipality", "region", "area", "sar", "district", "zone");
    private static final Pattern TRAILING_KIND = Pattern.compile(
            "(\\s+(province|city|municipality|region|new area|area|sar|district|zone))+$|(?<=\\p{IsHan})[省市区]$");
    private static final Pattern PROVINCIAL_WORD = Pattern.compile("\\b(province|municipality|autonomous region)$");
    private static final Pattern CITY_LEVEL_WORD = Pattern.compile("\\b(city|district|zone|new area)$|[市区]$");
    // a typo is two slips of the keyboard at most: more finds names that only look alike
    private static final int MOST_EDITS = 2;

    private final NameIndex<Region> index = new NameIndex<>(RegionNames::withoutKind, 4, 4);

    RegionNames(Gazetteer gazetteer) {
        for (Region region : gazetteer.regions()) {
            index.add(region.id(), region);
            index.add(region.name(), region);
            index.add(region.chineseName(), region);
            region.aliases().forEach(alias -> index.add(alias, region));
        }
    }

    NameMatch<Region> match(String name) {
        Level typed = typedLevel(name);
        NameMatch<Region> match = index.match(name, region -> typed == null || Level.of(region) == typed, MOST_EDITS);
        if (!match.unsure()) {
            return match;
        }
        // the closest candidate says what kind of place was meant; "did you mean" offers only places of that kind
        Level meant = Level.of(match.candidates().get(0));
        return new NameMatch<>(match.candidates().stream().filter(region -> Level.of(region) == meant).toList(),
                match.edits());
    }

    /** The kind of place a name says it is ("Nanshan district", "Hebei Province", "深圳市"), or null. */
    private static Level typedLevel(String name) {
        String words = name == null ? "" : String.join(" ", NameIndex.words(name));
        if (PROVINCIAL_WORD.matcher(words).find()) {
            return Level.PROVINCIAL;
        }
        return CITY_LEVEL_WORD.matcher(words).find() ? Level.CITY_OR_BELOW : null;
    }

    /** Kinds of place that a "did you mean" never mixes. */
    private enum Level {
        PROVINCIAL, CITY_OR_BELOW, CLUSTER;

        static Level of(Region region) {
            if (region.type().isProvincialLevel()) {
                return PROVINCIAL;
            }
            return region.type() == Region.Type.CLUSTER ? CLUSTER : CITY_OR_BELOW;
        }
    }

    /** The regions a sentence names, in reading order. */
    List<Region> findIn(String sentence) {
        return index.findIn(sentence);
    }

    /** The regions among a question's words (name forms) and in its Chinese characters, with the words they cover. */
    List<NameIndex.Named<Region>> spansIn(List<String> words, String sentence) {
        return index.spansIn(words, sentence);
    }

    private static String withoutKind(String words) {
        // every word group of every question passes here: the patterns run only when there is something to drop
        String withoutArticle = words.startsWith(ARTICLE) ? LEADING_ARTICLE.matcher(words).replaceFirst("") : words;
        String trimmed = mayEndWithKind(withoutArticle)
                ? TRAILING_KIND.matcher(withoutArticle).replaceAll("") : withoutArticle;
        return trimmed.isBlank() ? words : trimmed;
    }

    private static boolean mayEndWithKind(String words) {
        String lastWord = words.substring(words.lastIndexOf(' ') + 1);
        return KINDS.contains(lastWord) || lastWord.endsWith("省") || lastWord.endsWith("市") || lastWord.endsWith("区");
    }
}
