package dev.briefbot.answer;

/** An answer as a user reads it, whatever the renderer: for tests that look for a name in it, or for its absence. */
final class AnswerText {

    private AnswerText() {
    }

    /** Headline, items with their lines and quotes, notes, and the suggestions with the commands they run. */
    static String everythingShown(Answer answer) {
        StringBuilder shown = new StringBuilder(answer.headline());
        answer.items().forEach(item -> {
            shown.append('\n').append(item.title()).append('\n').append(String.join("\n", item.lines()));
            if (item.tag() != null) {
                shown.append('\n').append(item.tag());
            }
            item.points().forEach(point -> {
                shown.append('\n').append(point.text());
                point.quotes().forEach(quote -> shown.append('\n').append(quote.text()));
            });
        });
        answer.notes().forEach(note -> shown.append('\n').append(note));
        answer.suggestions().forEach(suggestion ->
                shown.append('\n').append(suggestion.label()).append(' ').append(suggestion.command()));
        return shown.toString();
    }
}
