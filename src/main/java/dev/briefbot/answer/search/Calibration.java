package dev.briefbot.answer.search;

/**
 * The thresholds that decide whether the briefs answer a question, chosen on the tuning part of the labelled
 * development set ({@code src/test/resources/questions/search-dev.yaml}, {@code SearchDevSetTest}) and written down
 * with the precision and recall they give in docs/search.md. Cosines are of all-MiniLM-L6-v2 vectors (length 1).
 *
 * @param meaning   a cosine at least this high answers on meaning alone, with or without a shared word
 * @param support   an entry the words match (BM25, every concept the rule needs) answers when its cosine is at least
 *                  this: a shared word is evidence, but "robots for childcare" shares "robots" with elderly care
 * @param neighbour once the question is answered, other entries are shown when their cosine is at least this and
 *                  within {@code spread} of the best
 * @param spread    see {@code neighbour}
 * @param broad     the share of the library's proposals above {@code meaning} that makes a question broad
 * @param cover     a word of the question the library lacks must be this close (cosine of the two words' vectors) to
 *                  a word of one of the closest entries, or the question asks about something the briefs do not hold
 * @param rare      only words at least this rare need covering (their rank in the model's vocabulary, which lists
 *                  whole words by frequency): "head", "look" or "stop" say little on their own
 * @param rareWithWords the same for an entry the words match: there the shared words already carry the question
 */
record Calibration(double meaning, double support, double neighbour, double spread, double broad, double cover,
                   int rare, int rareWithWords) {

    static final Calibration TUNED = new Calibration(0.525, 0.10, 0.40, 0.12, 0.5, 0.425, 4000, 15000);

    Calibration with(double meaning, double support, double cover, int rare, int rareWithWords) {
        return new Calibration(meaning, support, neighbour, spread, broad, cover, rare, rareWithWords);
    }
}
