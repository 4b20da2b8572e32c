package dev.briefbot.answer.search;

import java.util.List;

/**
 * What the search found for one question.
 *
 * @param matches      best first, at most {@link Search#MAX_MATCHES}; empty when {@code answers} is false
 * @param answers      the calibrated decision that the briefs answer the question (thresholds in {@link Calibration});
 *                     when false, no match is given, so no name can be
 * @param broad        the question's topic is most of the library ("who talked about AI?" in a brief all about AI):
 *                     the matches are the best few, and the caller should offer to narrow down
 * @param unknownTerms the question's content words that nothing in the library mentions, typos corrected first
 *                     ("blockchain" in "who proposed blockchain?"), in the question's order
 */
public record SearchResult(List<Match> matches, boolean answers, boolean broad, List<String> unknownTerms) {

    public SearchResult {
        matches = List.copyOf(matches);
        unknownTerms = List.copyOf(unknownTerms);
    }

    static SearchResult nothing(List<String> unknownTerms) {
        return new SearchResult(List.of(), false, false, unknownTerms);
    }
}
