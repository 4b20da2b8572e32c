package dev.briefbot.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.Library;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Ready to answer only with briefs to answer from: the library the bot answers from now, and how many it holds; with
 * the texts not yet reviewed counted, and each brief set aside by id with the reason (file, entry, what to fix), so
 * an operator looking at health sees what the library left out and why.
 */
final class LibraryHealth implements HealthIndicator {

    private final CurrentLibrary library;

    LibraryHealth(CurrentLibrary library) {
        this.library = library;
    }

    @Override
    public Health health() {
        Library current = library.library();
        int briefs = current.briefs().size();
        Health.Builder health = (briefs > 0 ? Health.up() : Health.down()).withDetail("briefs", briefs)
                .withDetail("unreviewed", current.unreviewed().size());
        if (!current.setAside().isEmpty()) {
            Map<String, String> setAside = new LinkedHashMap<>();
            current.setAside().forEach(brief -> setAside.put(brief.id(), brief.reason()));
            health.withDetail("setAside", setAside);
        }
        return health.build();
    }
}
