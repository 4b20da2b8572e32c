package dev.briefbot.answer;

import java.util.Objects;

/**
 * One thing a few typed words may mean — a region, a person or a proposal — with the whole answer about it, for
 * pickers that offer several answers at once (Telegram's inline mode). Text here is plain, like {@link Answer}'s.
 *
 * @param kind        what was found
 * @param key         stable and unique within one lookup, e.g. "region:shenzhen"
 * @param title       one line, e.g. "Shenzhen — 1 proposal"
 * @param description a second line, e.g. "Shenzhen (深圳) — a city in Guangdong"
 * @param command     the chat command that gives the same answer, e.g. "/region Shenzhen"
 * @param answer      the answer itself
 */
public record Finding(Kind kind, String key, String title, String description, String command, Answer answer) {

    public enum Kind { REGION, PERSON, PROPOSAL }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(answer, "answer");
    }
}
