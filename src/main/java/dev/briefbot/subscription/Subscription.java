package dev.briefbot.subscription;

import java.time.Instant;

/** One chat listening for one {@link Filter}, since the moment it subscribed. */
public record Subscription(long chatId, Filter filter, Instant since) {
}
