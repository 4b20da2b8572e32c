package dev.briefbot.answer;

/** "Who proposed …?": a Lucene index in memory over proposals and statements. */
final class TopicSearch {

    private final Facts facts;

    TopicSearch(Facts facts) {
        this.facts = facts;
    }

    Answer who(String topic) {
        throw new UnsupportedOperationException("TODO");
    }
}
