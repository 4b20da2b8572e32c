package dev.briefbot.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Region;

/** Regions by any name people use: id, name, alias or Chinese name, with typos forgiven ("shenzen", "Hongkong"). */
final class RegionNames {

    // "Guangdong Province", "Shenzhen City", "the Beijing-Tianjin-Hebei region", "深圳市" all name the place itself
    private static final String ARTICLE = "the ";
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^the ");
    private static final Set<String> KINDS = Set.of("province", "city", "municipality", "region", "area", "sar");
    private static final Pattern TRAILING_KIND =
            Pattern.compile("(\\s+(province|city|municipality|region|area|sar))+$|(?<=\\p{IsHan})[省市]$");

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
        return index.match(name);
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
        return KINDS.contains(lastWord) || lastWord.endsWith("省") || lastWord.endsWith("市");
    }
}
