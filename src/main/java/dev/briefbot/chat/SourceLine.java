package dev.briefbot.chat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.briefbot.brief.Source;

/** How a source is cited under an answer, the same on every transport: "Global Times, 28 January 2024 — “…”". */
final class SourceLine {

    private static final Pattern LINKABLE = Pattern.compile("https?://[^\\s\"'<>]{1,2000}", Pattern.CASE_INSENSITIVE);
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

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The plain line, with the article's web address after it where the seed gives one (the console shows it). */
    static String withAddress(Source source) {
        return of(source) + address(source).map(url -> " — " + url).orElse("");
    }

    /** The article's address, where it is one a reader may follow: http or https, nothing that could end a tag. */
    static Optional<String> address(Source source) {
        return Optional.ofNullable(source.url()).map(String::strip).filter(url -> LINKABLE.matcher(url).matches());
    }
}
