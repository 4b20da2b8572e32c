package dev.briefbot.telegram;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Questions too long to ride in a page button's 64 bytes, kept in memory under a short random id. Bounded: the least
 * recently paged question goes first, and a restart forgets them all; such a button then asks for the question again.
 * Random ids, so a button from before a restart cannot fetch another question kept since.
 */
final class PagedQuestions {

    /** Enough for every long answer a busy bot pages in the hours a reader still turns its pages. */
    static final int CAPACITY = 2000;
    private static final int ID_BYTES = 6;

    /** A question and the chat it was asked in: a page button pressed elsewhere does not reveal it. */
    private record Asked(long chatId, String text) {
    }

    private final SecureRandom random = new SecureRandom();
    private final int capacity;
    private final Map<String, Asked> asked;

    PagedQuestions() {
        this(CAPACITY);
    }

    PagedQuestions(int capacity) {
        this.capacity = capacity;
        this.asked = new LinkedHashMap<>(64, 0.75f, true);
    }

    /** Keeps the question and returns its id: eight URL-safe characters. */
    synchronized String keep(long chatId, String text) {
        String id = newId();
        asked.put(id, new Asked(chatId, text));
        while (asked.size() > capacity) {
            asked.remove(asked.keySet().iterator().next());
        }
        return id;
    }

    /** The question kept under that id for that chat; empty once forgotten, or for any other chat. */
    synchronized Optional<String> question(long chatId, String id) {
        return Optional.ofNullable(asked.get(id)).filter(question -> question.chatId() == chatId).map(Asked::text);
    }

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (asked.containsKey(id));
        return id;
    }
}
