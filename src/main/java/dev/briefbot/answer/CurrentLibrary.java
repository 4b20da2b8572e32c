package dev.briefbot.answer;

import java.util.concurrent.atomic.AtomicReference;

import dev.briefbot.brief.Library;

/**
 * The library the bot answers from, and its answers, swapped as one: a request sees the old version or the new one,
 * never a mix. Every consumer asks for the answers per request, so a reload is used as soon as it is published.
 */
public final class CurrentLibrary {

    private final AtomicReference<Answers> answers;

    public CurrentLibrary(Library library) {
        this.answers = new AtomicReference<>(Answers.of(library));
    }

    public Answers answers() {
        return answers.get();
    }

    public Library library() {
        return answers().library();
    }

    /** From now on every request is answered over {@code next}. */
    public void publish(Answers next) {
        answers.set(next);
    }
}
