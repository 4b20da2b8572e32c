package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.List;

import dev.briefbot.brief.Brief;

/**
 * The briefs a question is about when it says so: those it names by publisher, those of the years it gives ("in
 * 2024"), the newest or the oldest. None named means all of them.
 */
final class Scopes {

    private Scopes() {
    }

    /** The briefs named, newest first; empty when the question names none, or none fits what it names. */
    static List<Brief> named(Question question, BriefAnswers briefs) {
        List<Brief> chosen = new ArrayList<>(question.briefs().isEmpty() ? briefs.newestFirst()
                : briefs.newestFirst().stream().filter(question.briefs()::contains).toList());
        if (!question.years().isEmpty()) {
            chosen.removeIf(brief -> !question.years().contains(brief.published().date().getYear()));
        }
        boolean aboutABrief = question.hasAny(Cue.ARTICLE, Cue.SUMMARY);
        if (question.has(Cue.LATEST) && aboutABrief && !chosen.isEmpty()) {
            return List.of(chosen.get(0));
        }
        if (question.has(Cue.OLDEST) && aboutABrief && !chosen.isEmpty()) {
            return List.of(chosen.get(chosen.size() - 1));
        }
        boolean restricted = !question.briefs().isEmpty() || !question.years().isEmpty();
        return restricted ? chosen : List.of();
    }

    /** Whether the question restricts itself to some briefs, and those are not all of them. */
    static boolean restricts(Question question, BriefAnswers briefs) {
        if (question.has(Cue.RANK)) {
            return false; // "was the ranking released in 2023?": the year is the ranking's, not a brief's
        }
        List<Brief> named = named(question, briefs);
        boolean restricted = !question.briefs().isEmpty() || !question.years().isEmpty()
                || question.hasAny(Cue.LATEST, Cue.OLDEST) && question.hasAny(Cue.ARTICLE, Cue.SUMMARY);
        return restricted && named.size() != briefs.newestFirst().size();
    }
}
