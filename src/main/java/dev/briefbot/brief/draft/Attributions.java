package dev.briefbot.brief.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import dev.briefbot.brief.Sentences.Sentence;

/**
 * One passage per attributed sentence: the verb that attributes it (proposed, suggested, said, believes, called
 * for, …) and the person it names before the verb, after it ("said Li"), or by a pronoun or family name ("She said",
 * "Zhou told …") carried from the person named before. A sentence that opens a quotation starts a passage of the
 * speaker's; one that goes on in the same paragraph without a verb of its own, and names nobody else, joins the
 * speaker's last passage.
 */
final class Attributions {

    private final List<Person> people;

    Attributions(List<Person> people) {
        this.people = people;
    }

    List<Passage> find(List<Sentence> sentences) {
        List<Passage> passages = new ArrayList<>();
        Person speaker = null;
        Passage last = null;
        int paragraph = -1;
        boolean inQuotation = false;
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                last = null;
                inQuotation = false;
            }
            List<People.Mention> mentions = People.mentions(text, people);
            Verb verb = verb(text);
            Person named = verb == null ? null : speakerOf(text, verb, mentions, speaker);
            boolean opensQuotation = opensQuotation(text);
            if (named != null) {
                speaker = named;
                last = new Passage(named, verb.proposal(), text, text.substring(verb.end()).strip());
                passages.add(last);
                inQuotation = opensQuotation && !closesQuotation(text);
            } else if (speaker != null && verb == null && (opensQuotation || inQuotation)
                    && othersNamed(mentions, speaker)) {
                if (opensQuotation || last == null) {
                    last = new Passage(speaker, false, text, text);
                    passages.add(last);
                } else {
                    last.quotes.add(text);
                }
                inQuotation = !closesQuotation(text) || opensQuotation && !closesQuotation(text.substring(1));
            } else if (last != null && verb == null && mentions.isEmpty()) {
                last.quotes.add(text);
            } else {
                last = null;
                if (!mentions.isEmpty()) {
                    speaker = mentions.get(mentions.size() - 1).person();
                }
            }
        }
        return passages;
    }

    private static boolean othersNamed(List<People.Mention> mentions, Person speaker) {
        return mentions.stream().allMatch(mention -> mention.person() == speaker);
    }

    private static boolean opensQuotation(String text) {
        return text.startsWith("\"") || text.startsWith("“");
    }

    private static boolean closesQuotation(String text) {
        int straight = (int) text.chars().filter(c -> c == '"').count();
        return text.contains("”") || straight % 2 == 0 && straight > 0 || text.endsWith("\"");
    }

    /** The person a sentence attributes to: named before the verb, else after it, else by a pronoun. */
    private static Person speakerOf(String text, Verb verb, List<People.Mention> mentions, Person speaker) {
        Person before = null;
        for (People.Mention mention : mentions) {
            if (mention.start() < verb.start()) {
                before = mention.person();
            }
        }
        if (before != null) {
            return before;
        }
        for (People.Mention mention : mentions) {
            if (mention.start() >= verb.end() && mention.start() - verb.end() <= 3) {
                return mention.person();
            }
        }
        Matcher pronoun = Words.PRONOUN.matcher(text);
        if (speaker != null && pronoun.find() && pronoun.start() < verb.end() + 1) {
            return speaker;
        }
        return null;
    }

    private static Verb verb(String text) {
        Matcher proposing = Words.PROPOSING.matcher(text);
        Matcher saying = Words.SAYING.matcher(text);
        boolean proposes = proposing.find();
        boolean says = saying.find();
        if (proposes && (!says || proposing.start() <= saying.start())) {
            return new Verb(proposing.start(), proposing.end(), true);
        }
        if (says) {
            // "said … suggested": the proposal the speaker made is what the sentence reports
            boolean alsoProposes = proposes;
            return new Verb(saying.start(), saying.end(), alsoProposes);
        }
        return null;
    }

    private record Verb(int start, int end, boolean proposal) {
    }
}
