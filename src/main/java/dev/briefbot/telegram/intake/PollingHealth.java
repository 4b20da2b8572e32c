package dev.briefbot.telegram.intake;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import okhttp3.Interceptor;
import okhttp3.Response;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Whether long polling is alive: Telegram answered the polling client OK within the last {@code staleAfter} (its
 * deleteWebhook at registration, then every getUpdates, which a quiet bot still gets back empty every 50 s). It
 * watches the client's calls as an OkHttp interceptor, since TelegramBots' polling loop tells nobody how it fares.
 */
public final class PollingHealth implements Interceptor, HealthIndicator {

    private final Duration staleAfter;
    private final Clock clock;
    private volatile Instant lastAnswered;

    public PollingHealth(Duration staleAfter, Clock clock) {
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()) {
            answered();
        }
        return response;
    }

    /** Telegram answered a polling call OK just now. */
    void answered() {
        lastAnswered = clock.instant();
    }

    @Override
    public Health health() {
        Instant last = lastAnswered;
        if (last == null) {
            return Health.down().withDetail("polling", "Telegram has not answered yet").build();
        }
        boolean recent = Duration.between(last, clock.instant()).compareTo(staleAfter) <= 0;
        return (recent ? Health.up() : Health.down()).withDetail("lastAnswered", last.toString())
                .withDetail("staleAfter", staleAfter.toString()).build();
    }
}
