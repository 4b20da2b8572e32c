package dev.briefbot.answer;

/**
 * One kind of question the bot answers: how well a parsed question fits it, and the answer it builds. The table of
 * intents ({@link Intents}) asks every intent and lets the best fit answer; {@code intents.yaml} holds each one's
 * example phrasings, and a test asks them all.
 */
interface Intent {

    /** Fits exactly: every slot it needs and the cues that ask for it ("Jiangsu vs Zhejiang"). */
    int EXACT = 100;
    /** Fits well: the cues that ask for it, with what it needs. */
    int STRONG = 80;
    /** Fits: a cue that asks for it, or all it needs and nothing more ("Shenzhen?"). */
    int GOOD = 60;
    /** Could be it: what it needs is named, but more is asked. */
    int WEAK = 40;
    /** The search, which any question with a topic fits a little. */
    int FALLBACK = 10;
    int NONE = 0;

    /** The name {@code intents.yaml} gives it. */
    String name();

    /** How well the question fits: {@link #NONE} when it is not of this kind. */
    int fit(Question question);

    Answer answer(Question question);
}
