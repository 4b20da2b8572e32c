package dev.briefbot.answer;

import java.util.Locale;

/**
 * A kind of word that says what a question asks: "how many" asks for a count, "below" for a neighbour in a ranking.
 * The words of each are data, in {@code intents.yaml}; the intents combine cues with what a question names.
 */
enum Cue {
    GREETING, COUNT, LIST, AMONG, COMPARE, BELOW, ABOVE, BETWEEN, AHEAD, BEHIND, TOP, RANK, FIRST_PLACE, LAST_PLACE, MAKE,
    DATE, TIME, PUBLISHED, PUBLISHER, SECTION, HEADLINE, SUBTITLE, TIMEZONE, URL, AUTHOR, SUMMARY, ARTICLE,
    LATEST, OLDEST, SOURCES, TOPICS, PEOPLE, REGIONS, PROPOSALS, STATEMENTS, WHO, WHICH, WHERE, ELSE,
    PRONOUN_PERSON, PRONOUN_THING, ELLIPSIS, ROLE_COMPANY, ROLE_ACADEMIC, ROLE_CPPCC, ROLE_LAWMAKER, NATIONAL, LOCAL,
    DISCUSSED, PROPOSED, SAID, WORK, PHOTO, RANGE, DEMONSTRATIVE, NEGATION, AGE, PARTY, KIND_MUNICIPALITY, KIND_PROVINCE,
    KIND_AUTONOMOUS, FORMAL, FROM, YES_NO_END, GENERIC, ASKING;

    /** The key in {@code intents.yaml}: the name in lower case. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Cues that count only at the start of a question: "and Shanghai?" follows up, "robots and education" does not;
     * "help" greets, "would help?" does not.
     */
    boolean leading() {
        return this == ELLIPSIS || this == GREETING;
    }
}
