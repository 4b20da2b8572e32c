package dev.briefbot.chat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.briefbot.brief.Source;

/** How a source is cited under an answer, the same on every transport: "Global Times, 28 January 2024 — “…”". */
final class SourceLine {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SourceLine() {
    }

    static String of(Source source) {
        List<String> where = new ArrayList<>();
        if (source.publisher() != null && !source.publisher().isBlank()) {
            where.add(source.publisher());
        }
        if (source.date() != null) {
            where.add(date(source.date()));
        }
        return "Source: " + (where.isEmpty() ? "" : String.join(", ", where) + " — ") + "“" + source.title() + "”";
    }

    /** The plain line, with the article's web address after it where the seed gives one (the console shows it). */
    static String withAddress(Source source) {
        String url = source.url();
        boolean web = url != null && (url.startsWith("https://") || url.startsWith("http://"));
        return of(source) + (web ? " — " + url : "");
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
