package dev.briefbot.brief.draft;

import java.util.ArrayList;
import java.util.List;

/** Someone the text introduces, as the draft proposes them. */
final class Person {

    final String name;
    final List<String> roles = new ArrayList<>();
    String organisation;
    String region;
    final String quote;
    final int introducedAt;
    final List<String> review = new ArrayList<>();
    String id;

    Person(String name, String quote, int introducedAt) {
        this.name = name;
        this.quote = quote;
        this.introducedAt = introducedAt;
    }

    /** The short forms the text may use later: the family name (first for Chinese names, last for others). */
    List<String> shortForms() {
        String[] parts = name.split(" ");
        List<String> forms = new ArrayList<>();
        forms.add(parts[0]);
        if (parts.length > 1) {
            forms.add(parts[parts.length - 1]);
        }
        return forms;
    }
}
