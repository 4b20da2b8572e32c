package dev.briefbot.telegram.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook mode ({@code briefbot.telegram.mode=webhook}): where Telegram posts updates and how they prove they come
 * from Telegram. Not {@code @Validated}: it is checked only in webhook mode ({@link #checked}), and Boot's report of a
 * refused value would print the secret.
 *
 * @param path   the path of the endpoint on server.port, e.g. /telegram/webhook
 * @param url    the public URL Telegram posts to (TELEGRAM_WEBHOOK_URL), handed to setWebhook; it reaches the path,
 *               usually through a reverse proxy that ends TLS
 * @param secret the secret token Telegram sends with every update (TELEGRAM_WEBHOOK_SECRET); a credential: never
 *               printed, not even by {@link #toString}
 */
@ConfigurationProperties("briefbot.telegram.webhook")
public record WebhookSettings(
        @NotNull(message = "briefbot.telegram.webhook.path must be a path starting with /, e.g. /telegram/webhook")
        @Pattern(regexp = "/[A-Za-z0-9._~/-]*",
                message = "briefbot.telegram.webhook.path must be a path starting with /, e.g. /telegram/webhook")
        @DefaultValue("/telegram/webhook") String path,
        @DefaultValue("") String url,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,256}", message = SECRET_RULE)
        @DefaultValue("") String secret) {

    /** Telegram's own rule for secret_token; the message never quotes the value. */
    static final String SECRET_RULE = "briefbot.telegram.webhook.secret (TELEGRAM_WEBHOOK_SECRET) must be 1 to 256 "
            + "characters of A-Z, a-z, 0-9, _ and -, e.g. from `openssl rand -hex 32`";

    public WebhookSettings {
        url = url == null ? "" : url.strip();
        // not stripped: a secret with a space is refused, never quietly changed into another secret
        secret = secret == null ? "" : secret;
    }

    /** Throws, naming every wrong property, unless the settings can run webhook mode. */
    public WebhookSettings checked(Validator validator) {
        Set<ConstraintViolation<WebhookSettings>> wrong = validator.validate(this);
        if (!wrong.isEmpty()) {
            throw new WebhookModeRefused("Webhook mode (briefbot.telegram.mode=webhook) cannot start: "
                    + wrong.stream().map(ConstraintViolation::getMessage).sorted(Comparator.naturalOrder()).distinct()
                            .collect(Collectors.joining("; ")));
        }
        return this;
    }

    /**
     * Telegram posts only to HTTPS; plain HTTP is accepted for a loopback address alone, where a local Bot API server
     * or a test delivers and nothing crosses a network.
     */
    @AssertTrue(message = "briefbot.telegram.webhook.url (TELEGRAM_WEBHOOK_URL) must be the public https:// URL "
            + "Telegram posts updates to, e.g. https://bot.example.org/telegram/webhook (http:// only for localhost "
            + "or 127.0.0.1)")
    boolean isUrlTelegramCanPostTo() {
        URI target = uri();
        if (target == null || target.getHost() == null) {
            return false;
        }
        return "https".equalsIgnoreCase(target.getScheme())
                || "http".equalsIgnoreCase(target.getScheme()) && isLoopback(target.getHost());
    }

    /** Whether the header Telegram sent carries this secret, compared in constant time. */
    public boolean isSecret(String offered) {
        return offered != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                offered.getBytes(StandardCharsets.UTF_8));
    }

    /** The text with the secret masked, for anything logged that might quote a request. */
    public String redacted(String text) {
        return text == null || secret.isEmpty() ? text : text.replace(secret, "<webhook-secret>");
    }

    private URI uri() {
        try {
            return url.isEmpty() ? null : new URI(url);
        } catch (URISyntaxException notUrl) {
            return null;
        }
    }

    private static boolean isLoopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    @Override
    public String toString() {
        return "WebhookSettings[path=" + path + ", url=" + url + ", secret=" + (secret.isEmpty() ? "unset" : "<set>")
                + "]";
    }
}
