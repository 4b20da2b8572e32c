package dev.briefbot.brief;

import java.util.List;

/**
 * Someone a brief names, described exactly as the text describes them.
 *
 * @param chinese      their name in Chinese characters, e.g. 吴文燕, or {@code null}; not quote-checked, since an
 *                     English text does not print it
 * @param region       the gazetteer id of the region the text ties them to, or {@code null} where it ties none
 * @param organisation the organisation as the text names it, or {@code null}
 * @param quotes       the passages that say who they are
 */
public record Person(String id, String name, String chinese, List<String> roles, String organisation, String region,
                     List<String> quotes) {

    public Person {
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
    }

    /** Someone whose Chinese name the seed does not give. */
    public Person(String id, String name, List<String> roles, String organisation, String region,
                  List<String> quotes) {
        this(id, name, null, roles, organisation, region, quotes);
    }
}
