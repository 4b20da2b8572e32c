package dev.briefbot.brief.draft;

import java.util.List;
import java.util.stream.Collectors;

import dev.briefbot.brief.Masthead;
import dev.briefbot.brief.Published;

/** The draft as docs/seed-format.md writes a brief: every string quoted, {@code # review:} above what is unsure. */
final class DraftYaml {

    private final StringBuilder out = new StringBuilder();

    DraftYaml(Masthead masthead, Published published, boolean dateGuessed, List<Person> people,
              List<Passage> passages, List<Rankings.Ranking> rankings) {
        out.append("# Drafted by briefbot --draft from the text: review every entry, then remove these comments.\n");
        out.append("# review: the summaries are each quote's first clause; rewrite them in a line of your own.\n");
        masthead(masthead, published, dateGuessed);
        people(people);
        passages(passages);
        rankings(rankings);
    }

    String text() {
        return out.toString();
    }

    private void masthead(Masthead masthead, Published published, boolean dateGuessed) {
        line("title: " + quoted(masthead.title()));
        if (masthead.subtitle() != null) {
            line("subtitle: " + quoted(masthead.subtitle()));
        }
        if (masthead.publisher() == null) {
            line("# review: the text names no publisher; give the one that published it");
            line("publisher: \"Unknown\"");
        } else {
            line("publisher: " + quoted(masthead.publisher()));
        }
        if (masthead.section() != null) {
            line("section: " + quoted(masthead.section()));
        }
        if (dateGuessed) {
            line("# review: the text prints no date; this is today's, give the publication date");
        }
        line("published: " + published + (published.dateOnly() ? "            # a date alone, as printed" : ""));
        out.append('\n');
    }

    private void people(List<Person> people) {
        line("people:");
        if (people.isEmpty()) {
            line("  # review: nobody is introduced the way news text does (\"Name, a CPPCC member\"); add people");
        }
        for (Person person : people) {
            person.review.forEach(note -> line("  # review: " + note));
            line("  - id: " + person.id);
            line("    name: " + quoted(person.name));
            line("    roles: " + list(person.roles));
            if (person.organisation != null) {
                line("    organisation: " + quoted(person.organisation));
            }
            if (person.region != null) {
                line("    region: " + person.region);
            }
            line("    quotes:");
            line("      - " + quoted(person.quote));
            out.append('\n');
        }
    }

    private void passages(List<Passage> passages) {
        line("proposals:");
        if (passages.isEmpty()) {
            line("  # review: no passage is attributed to a person introduced above; add proposals and statements");
        }
        for (Passage passage : passages) {
            passage.review.forEach(note -> line("  # review: " + note));
            line("  - id: " + passage.id);
            line("    person: " + passage.person.id);
            line("    kind: " + (passage.proposal ? "proposal" : "statement"));
            line("    regions: [" + String.join(", ", passage.regions) + "]");
            line("    topics: " + list(passage.topics));
            line("    summary: " + quoted(passage.summary) + "   # review: rewrite in a line of your own");
            line("    quotes:");
            passage.quotes.forEach(quote -> line("      - " + quoted(quote)));
            out.append('\n');
        }
    }

    private void rankings(List<Rankings.Ranking> rankings) {
        if (rankings.isEmpty()) {
            return;
        }
        line("rankings:");
        int n = 0;
        for (Rankings.Ranking ranking : rankings) {
            ranking.review().forEach(note -> line("  # review: " + note));
            line("  - id: " + Draft.slug(ranking.name(), "ranking") + (n++ == 0 ? "" : "-" + n));
            line("    name: " + quoted(ranking.name()));
            line("    released: " + ranking.released());
            line("    measure: " + quoted(ranking.measure()));
            line("    size: " + ranking.entries().size());
            line("    entries:");
            for (int i = 0; i < ranking.entries().size(); i++) {
                line("      - {position: " + (i + 1) + ", region: " + ranking.entries().get(i) + "}");
            }
            line("    quotes:");
            line("      - " + quoted(ranking.quote()));
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String list(List<String> values) {
        return values.stream().map(DraftYaml::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar; a quote's own line breaks are one space, as the checks read them. */
    static String quoted(String value) {
        String flat = value.replaceAll("\\s*\\R\\s*", " ");
        return "\"" + flat.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
