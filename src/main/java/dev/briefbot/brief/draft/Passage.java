package dev.briefbot.brief.draft;

import java.util.ArrayList;
import java.util.List;

/** A proposal or statement the draft attributes: who, which sentences, and what the rules could not decide. */
final class Passage {

    final Person person;
    final boolean proposal;
    final List<String> quotes = new ArrayList<>();
    final List<String> regions = new ArrayList<>();
    final List<String> topics = new ArrayList<>();
    final List<String> review = new ArrayList<>();
    String summary;
    String id;
    // the sentence's words after its attribution ("proposed that …"): what the summary and topics are read from
    String content;

    Passage(Person person, boolean proposal, String quote, String content) {
        this.person = person;
        this.proposal = proposal;
        this.quotes.add(quote);
        this.content = content;
    }
}
