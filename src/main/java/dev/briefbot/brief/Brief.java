package dev.briefbot.brief;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One published brief and the facts curated from it. Every fact carries verbatim quotes of {@link #text()}.
 *
 * @param id          the file name without extension, e.g. {@code 2024-01-28-global-times-ai-growth}
 * @param published   the publication date, and time where the page prints one (the article gives no zone)
 * @param url         the article's address, or {@code null} where the seed gives none
 * @param text        the article exactly as published
 */
public record Brief(
        String id,
        String title,
        String subtitle,
        String publisher,
        String section,
        Published published,
        String url,
        List<Person> people,
        List<Proposal> proposals,
        List<Ranking> rankings,
        List<RegionContext> context,
        String text) {

    public Brief {
        people = List.copyOf(people);
        proposals = List.copyOf(proposals);
        rankings = List.copyOf(rankings);
        context = List.copyOf(context);
    }

    /** A brief without an address, published at a printed time. */
    public Brief(String id, String title, String subtitle, String publisher, String section, LocalDateTime published,
                 List<Person> people, List<Proposal> proposals, List<Ranking> rankings, List<RegionContext> context,
                 String text) {
        this(id, title, subtitle, publisher, section, Published.at(published), null, people, proposals, rankings,
                context, text);
    }

    public Source source() {
        return new Source(title, publisher, published.date(), url);
    }

    public Person person(String personId) {
        return people.stream()
                .filter(person -> person.id().equals(personId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no person '" + personId + "' in brief " + id));
    }
}
