package dev.briefbot.brief;

import java.time.LocalDate;

/** Where a fact comes from, as the source line of an answer shows it. */
public record Source(String title, String publisher, LocalDate date) {
}
