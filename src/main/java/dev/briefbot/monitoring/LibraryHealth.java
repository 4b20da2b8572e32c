package dev.briefbot.monitoring;

import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.Library;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Ready to answer only with briefs to answer from: the library the bot answers from now, and how many it holds. */
final class LibraryHealth implements HealthIndicator {

    private final CurrentLibrary library;

    LibraryHealth(CurrentLibrary library) {
        this.library = library;
    }

    @Override
    public Health health() {
        Library current = library.library();
        int briefs = current.briefs().size();
        return (briefs > 0 ? Health.up() : Health.down()).withDetail("briefs", briefs).build();
    }
}
