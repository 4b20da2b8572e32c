package dev.briefbot.brief;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * When a brief was published, as its page prints it: a date, and the time where the page gives one. No zone: the
 * pages give none. A date alone sorts before any time of the same day.
 *
 * @param time the time of day as printed, or empty where the page prints a date only
 */
public record Published(LocalDate date, Optional<LocalTime> time) implements Comparable<Published> {

    private static final Comparator<Published> ORDER = Comparator.comparing(Published::date)
            .thenComparing(published -> published.time().orElse(null),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    public Published {
        Objects.requireNonNull(date, "date");
        time = Objects.requireNonNullElse(time, Optional.empty());
    }

    public static Published at(LocalDateTime printed) {
        return new Published(printed.toLocalDate(), Optional.of(printed.toLocalTime()));
    }

    public static Published on(LocalDate printed) {
        return new Published(printed, Optional.empty());
    }

    /**
     * {@code 2024-01-28T20:50} or {@code 2024-01-28}, as a seed's {@code published} writes it.
     *
     * @throws DateTimeParseException when it is neither
     */
    public static Published parse(String value) {
        String text = value.strip();
        return text.indexOf('T') < 0 ? on(LocalDate.parse(text)) : at(LocalDateTime.parse(text));
    }

    /** Whether the page printed a date only. */
    public boolean dateOnly() {
        return time.isEmpty();
    }

    /** The date, at the printed time or at the start of the day where none was printed. */
    public LocalDateTime dateTime() {
        return date.atTime(time.orElse(LocalTime.MIDNIGHT));
    }

    @Override
    public int compareTo(Published other) {
        return ORDER.compare(this, other);
    }

    /** As a seed writes it: {@code 2024-01-28T20:50}, or {@code 2024-01-28} for a date alone. */
    @Override
    public String toString() {
        return time.map(at -> LocalDateTime.of(date, at).toString()).orElseGet(date::toString);
    }
}
