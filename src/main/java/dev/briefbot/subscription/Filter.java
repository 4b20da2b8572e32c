package dev.briefbot.subscription;

import java.util.Objects;

/**
 * What a subscription listens for: every new brief, the proposals about one region (its gazetteer id, e.g.
 * {@code shenzhen}), or those on one topic (as the briefs spell it, e.g. {@code elderly care}).
 */
public record Filter(Kind kind, String value) {

    public enum Kind { ALL, REGION, TOPIC }

    public Filter {
        Objects.requireNonNull(kind, "kind");
        value = kind == Kind.ALL ? "" : Objects.requireNonNull(value, "value").strip();
        if (kind != Kind.ALL && value.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " filter needs a value");
        }
    }

    public static Filter all() {
        return new Filter(Kind.ALL, "");
    }

    public static Filter region(String regionId) {
        return new Filter(Kind.REGION, regionId);
    }

    public static Filter topic(String topic) {
        return new Filter(Kind.TOPIC, topic);
    }
}
