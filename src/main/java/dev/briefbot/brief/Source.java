package dev.briefbot.brief;

import java.time.LocalDate;

/**
 * Where a fact comes from, as the source line of an answer shows it.
 *
 * @param url the article's address as the seed gives it, or {@code null} where it gives none
 */
public record Source(String title, String publisher, LocalDate date, String url) {

    /** A source without an address. */
    public Source(String title, String publisher, LocalDate date) {
        this(title, publisher, date, null);
    }
}
