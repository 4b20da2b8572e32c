package dev.briefbot.chat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.briefbot.brief.Source;

/** How a source is cited under an answer, the same on every transport: "Global Times, 28 January 2024 — “…”". */
final class SourceLine {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SourceLine() {
    }

    static String of(Source source) {
        String date = source.date() == null ? "" : ", " + date(source.date());
        return "Source: " + source.publisher() + date + " — “" + source.title() + "”";
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
