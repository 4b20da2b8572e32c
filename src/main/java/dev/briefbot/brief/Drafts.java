package dev.briefbot.brief;

import dev.briefbot.brief.draft.Draft;

/**
 * What the brief module offers for a new brief's text: a proposed YAML of its facts, drafted by the rules of
 * {@code brief.draft}, which stay the module's own.
 */
public final class Drafts {

    private Drafts() {
    }

    /** The proposed {@code <id>.yaml} for the text of brief {@code id}, with {@code # review:} where unsure. */
    public static String yaml(String id, String text, Gazetteer gazetteer) {
        return Draft.yaml(id, text, gazetteer);
    }
}
