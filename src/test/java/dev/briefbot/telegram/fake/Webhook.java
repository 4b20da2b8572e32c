package dev.briefbot.telegram.fake;

import java.util.List;

/** The webhook as the bot last set it: where updates go, the secret they carry, and the kinds it asked for. */
public record Webhook(String url, String secret, List<String> allowedUpdates) {
}
