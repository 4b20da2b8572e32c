package dev.briefbot.answer;

import java.util.List;
import java.util.Set;

/**
 * What an answer was about, kept by the chat so that the next message can follow up on it: "what else did she
 * propose?", "and Shanghai?", "where does it rank?". Plain names and ids, so a reloaded library reads it as well.
 *
 * @param intent  the intent that answered, as {@code intents.yaml} names it, e.g. {@code region}
 * @param ask     what was asked: a question, or a command's argument ("Shenzhen" for {@code /region Shenzhen})
 * @param people  the people it was about, as the briefs spell them
 * @param regions the gazetteer ids of the regions it was about
 * @param topic   the topic it searched for, or empty
 * @param shown   the proposals it showed, as {@code brief-id/proposal-id}: "what else" leaves them out
 */
public record Subject(String intent, String ask, List<String> people, List<String> regions, String topic,
                      Set<String> shown) {

    public Subject {
        people = List.copyOf(people);
        regions = List.copyOf(regions);
        topic = topic == null ? "" : topic;
        shown = Set.copyOf(shown);
    }

    static Subject of(String intent, String ask) {
        return new Subject(intent, ask, List.of(), List.of(), "", Set.of());
    }

    Subject withAsk(String asked) {
        return new Subject(intent, asked, people, regions, topic, shown);
    }

    Subject withPeople(List<String> names) {
        return new Subject(intent, ask, names, regions, topic, shown);
    }

    Subject withRegions(List<String> ids) {
        return new Subject(intent, ask, people, ids, topic, shown);
    }

    Subject withTopic(String searched) {
        return new Subject(intent, ask, people, regions, searched, shown);
    }

    Subject withShown(Set<String> keys) {
        return new Subject(intent, ask, people, regions, topic, keys);
    }
}
