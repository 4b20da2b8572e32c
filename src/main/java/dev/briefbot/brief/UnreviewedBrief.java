package dev.briefbot.brief;

import java.util.List;

/**
 * A text in {@code seeds/} without its {@code .yaml}: an article not yet reviewed. It has no curated facts, only what
 * its own lines say about it (see {@link Masthead}) and its sentences, each verbatim, to be quoted as they are. It
 * is not a {@link Brief}: it brings no proposals and no notifications until its facts arrive.
 *
 * @param file      the text's file, as the loader was pointed at it
 * @param title     the headline, or the first line of the text
 * @param subtitle  the standfirst, or {@code null}
 * @param publisher the publisher the text names, or {@code null}
 * @param section   the section line, or {@code null}
 * @param published the date (and time) the text prints, or the id's date; {@code null} where neither gives one
 * @param sentences the story's sentences, in order, each exactly as printed
 * @param text      the whole text as published
 */
public record UnreviewedBrief(String id, String file, String title, String subtitle, String publisher,
                              String section, Published published, List<String> sentences, String text) {

    public UnreviewedBrief {
        sentences = List.copyOf(sentences);
    }

    static UnreviewedBrief read(String id, String file, String text) {
        Masthead masthead = Masthead.read(id, text);
        List<String> sentences = Sentences.of(text).stream()
                .filter(sentence -> sentence.start() >= masthead.bodyStart())
                .map(Sentences.Sentence::text)
                .toList();
        return new UnreviewedBrief(id, file, masthead.title(), masthead.subtitle(), masthead.publisher(),
                masthead.section(), masthead.published(), sentences, text);
    }
}
