package dev.briefbot.telegram.conversation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Questions too long to ride in a page button's 64 bytes, kept in memory under a short random id. Bounded (Caffeine:
 * the questions least used lately go first, the latest is always kept), and a restart forgets them all; such a button
 * then asks for the question again.
 * Random ids, so a button from before a restart cannot fetch another question kept since.
 */
public final class PagedQuestions {

    /** Enough for every long answer a busy bot pages in the hours a reader still turns its pages. */
    public static final int CAPACITY = 2000;
    private static final int ID_BYTES = 6;

    /** A question and the chat it was asked in: a page button pressed elsewhere does not reveal it. */
    private record Asked(long chatId, String text) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Asked> asked;

    /** @param capacity how many questions are kept at most: {@link #CAPACITY} */
    public PagedQuestions(int capacity) {
        this.asked = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).<String, Asked>build()
                .asMap();
    }

    /** Keeps the question and returns its id: eight URL-safe characters. */
    String keep(long chatId, String text) {
        String id;
        do {
            id = newId();
        } while (asked.putIfAbsent(id, new Asked(chatId, text)) != null);
        return id;
    }

    /** The question kept under that id for that chat; empty once forgotten, or for any other chat. */
    Optional<String> question(long chatId, String id) {
        return Optional.ofNullable(asked.get(id)).filter(question -> question.chatId() == chatId).map(Asked::text);
    }

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
