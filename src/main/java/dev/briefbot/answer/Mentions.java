package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proposals whose own words hold every word of a topic: "AI" in a brief about AI, "technology", "research".
 * The search leaves out words that nearly every proposal shares, and must: they rank nothing apart. But a user who
 * asks about such a word deserves the proposals that use it most, and an offer to narrow down, never "nothing".
 * Every proposal listed uses each word asked, so no one is named for a word they did not use.
 */
final class Mentions {

    /** A topic that at least this share of the proposals use is broad: the answer offers to narrow it down. */
    static final double BROAD = 0.5;
    static final int SHOWN = 5;

    /** What the words reach: the proposals that use them all, most uses first, and whether that is most of them. */
    record Found(List<ProposalFact> proposals, int using, int of, boolean broad, List<Word> words) {

        /** The topic as the proposals use it: the words asked, less a headline's that no proposal uses. */
        String topic() {
            return String.join(" ", words.stream().map(Word::typed).toList());
        }
    }

    private final List<ProposalFact> proposals;
    // stem → how often each proposal uses it, in its topics, summary and quotes
    private final Map<String, Map<ProposalFact, Integer>> uses = new HashMap<>();
    // the words of the briefs' headlines and standfirsts: what a whole brief is about
    private final Set<String> headlines = new java.util.HashSet<>();

    Mentions(Facts facts) {
        this.proposals = facts.proposals();
        for (dev.briefbot.brief.Brief brief : facts.library().briefs()) {
            headlines.addAll(Lexicon.get().stems(Word.of(brief.title())));
            if (brief.subtitle() != null) {
                headlines.addAll(Lexicon.get().stems(Word.of(brief.subtitle())));
            }
        }
        for (ProposalFact fact : proposals) {
            List<String> texts = new ArrayList<>(fact.proposal().topics());
            texts.add(fact.proposal().summary());
            texts.addAll(fact.proposal().quotes());
            for (String text : texts) {
                for (String stem : Lexicon.get().stems(Word.of(text))) {
                    uses.computeIfAbsent(stem, ignored -> new java.util.IdentityHashMap<>())
                            .merge(fact, 1, Integer::sum);
                }
            }
        }
    }

    Found of(List<Word> words) {
        return of(words, fact -> true);
    }

    /** The proposals among {@code kept} (a region's, a person's) that use every word. */
    Found of(List<Word> words, java.util.function.Predicate<ProposalFact> kept) {
        Set<String> stems = new LinkedHashSet<>(Lexicon.get().stems(words));
        // a word of a headline that no proposal uses says what the whole brief is about ("AI growth" in a brief
        // headed "… seize opportunity for AI growth"): the rest of the topic decides, if anything is left
        Set<String> specific = new LinkedHashSet<>(stems);
        specific.removeIf(stem -> !uses.containsKey(stem) && headlines.contains(stem));
        if (!specific.isEmpty()) {
            stems = specific;
        }
        if (stems.isEmpty()) {
            return new Found(List.of(), 0, proposals.size(), false, words);
        }
        Map<ProposalFact, Integer> score = null;
        for (String stem : stems) {
            Map<ProposalFact, Integer> using = uses.getOrDefault(stem, Map.of());
            if (score == null) {
                score = new LinkedHashMap<>();
                for (ProposalFact fact : proposals) {
                    if (using.containsKey(fact) && kept.test(fact)) {
                        score.put(fact, using.get(fact));
                    }
                }
            } else {
                score.keySet().retainAll(using.keySet());
                score.replaceAll((fact, count) -> count + using.get(fact));
            }
        }
        List<ProposalFact> ranked = new ArrayList<>(score.keySet());
        Map<ProposalFact, Integer> counts = score;
        ranked.sort(Comparator.comparing((ProposalFact fact) -> -counts.get(fact)));
        boolean broad = !ranked.isEmpty() && ranked.size() >= BROAD * proposals.size();
        Set<String> decided = stems;
        List<Word> used = words.stream().filter(word -> decided.contains(Lexicon.get().stems(List.of(word)).stream()
                .findFirst().orElse(""))).toList();
        return new Found(ranked.stream().limit(SHOWN).toList(), ranked.size(), proposals.size(), broad,
                used.isEmpty() ? words : used);
    }
}
