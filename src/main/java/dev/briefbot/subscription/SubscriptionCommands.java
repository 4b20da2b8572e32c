package dev.briefbot.subscription;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.SubscriptionDesk;

/**
 * {@code /subscribe}, {@code /unsubscribe} and {@code /subscriptions} against the store. Every change is confirmed
 * with exactly what the chat will receive; in a group only its administrators may change anything ({@link AdminCheck}),
 * while anyone may see the list.
 */
public final class SubscriptionCommands implements SubscriptionDesk {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int LONGEST_ECHO = 60;

    private final SubscriptionStore store;
    private final Supplier<Answers> answers;
    private final AdminCheck admins;

    /** @param answers the current answers: the topics and regions known change with the library */
    public SubscriptionCommands(SubscriptionStore store, Supplier<Answers> answers, AdminCheck admins) {
        this.store = store;
        this.answers = answers;
        this.admins = admins;
    }

    @Override
    public Answer subscribe(ChatRequest request, String regionOrTopic) {
        AdminCheck.Verdict verdict = admins.mayChangeSubscriptions(request);
        if (!verdict.allowed()) {
            return Answer.of(verdict.refusal());
        }
        SubscriptionCommandsArgument argument = argument();
        SubscriptionCommandsArgument.Reading reading = argument.read(regionOrTopic);
        if (reading.filter().isEmpty()) {
            return unknown("/subscribe", regionOrTopic, reading);
        }
        Filter filter = reading.filter().get();
        String who = who(request);
        if (!store.add(request.chatId(), filter)) {
            return Answer.of("Already subscribed: " + who + " will hear " + argument.hears(filter)
                    + ". Nothing changed.");
        }
        return Answer.of("Subscribed: " + who + " will hear " + argument.hears(filter) + ".")
                .withNotes(List.of("Stop with /unsubscribe" + typedAfter(argument.typed(filter)) + "."));
    }

    @Override
    public Answer unsubscribe(ChatRequest request, String regionOrTopic) {
        AdminCheck.Verdict verdict = admins.mayChangeSubscriptions(request);
        if (!verdict.allowed()) {
            return Answer.of(verdict.refusal());
        }
        if (SubscriptionCommandsArgument.meansEverything(regionOrTopic)) {
            return unsubscribeAll(request);
        }
        SubscriptionCommandsArgument argument = argument();
        SubscriptionCommandsArgument.Reading reading = argument.read(regionOrTopic);
        if (reading.filter().isEmpty()) {
            return unknown("/unsubscribe", regionOrTopic, reading);
        }
        Filter filter = reading.filter().get();
        String who = who(request);
        if (!store.remove(request.chatId(), filter)) {
            return Answer.of(capitalised(who) + (request.isPrivate() ? " were" : " was") + " not subscribed to "
                    + argument.label(filter) + ". Nothing changed.").withNotes(List.of(stillHears(request)));
        }
        return Answer.of("Unsubscribed: " + who + " will no longer hear " + argument.hears(filter) + ".")
                .withNotes(List.of(stillHears(request)));
    }

    @Override
    public Answer subscriptions(ChatRequest request) {
        List<Subscription> subscriptions = store.of(request.chatId());
        if (subscriptions.isEmpty()) {
            return none(request);
        }
        SubscriptionCommandsArgument argument = argument();
        List<Answer.Item> items = subscriptions.stream().map(subscription -> new Answer.Item(
                capitalised(argument.label(subscription.filter())),
                List.of(capitalised(who(request)) + " will hear " + argument.hears(subscription.filter())
                        + "; since " + DAY.format(subscription.since()) + "."),
                List.of())).toList();
        String headline = (request.isPrivate() ? "Your" : "This group's") + " subscriptions: " + items.size();
        return new Answer(headline, items, List.of(howToChange(request)), List.of());
    }

    private Answer unsubscribeAll(ChatRequest request) {
        List<Subscription> ended = store.of(request.chatId());
        store.removeAll(request.chatId());
        String who = who(request);
        if (ended.isEmpty()) {
            return Answer.of(capitalised(who) + " had no subscriptions. "
                    + "Nothing changed.");
        }
        SubscriptionCommandsArgument argument = argument();
        List<Answer.Item> items = ended.stream()
                .map(subscription -> new Answer.Item(capitalised(argument.label(subscription.filter())), List.of(),
                        List.of()))
                .toList();
        return new Answer("Unsubscribed from everything: " + who + " will get no more notifications of new briefs.",
                items, List.of(), List.of());
    }

    private Answer unknown(String command, String typed, SubscriptionCommandsArgument.Reading reading) {
        List<Answer.Suggestion> suggestions = new ArrayList<>();
        reading.guesses().forEach(guess -> suggestions.add(new Answer.Suggestion(guess, command + " " + guess)));
        suggestions.add(new Answer.Suggestion("Topics", "/topics"));
        List<String> maybe = reading.guesses().isEmpty() ? List.of()
                : List.of("Did you mean " + String.join(" or ", reading.guesses()) + "?");
        return new Answer("I don't know “" + abbreviated(typed.strip()) + "”; try /topics or a region like Shenzhen.", List.of(),
                maybe, suggestions);
    }

    private Answer none(ChatRequest request) {
        String headline = request.isPrivate() ? "You have no subscriptions." : "This group has no subscriptions.";
        String how = (request.isPrivate() ? "Send" : "An administrator can send")
                + " /subscribe Shenzhen to hear when a new brief brings proposals about Shenzhen, a topic from "
                + "/topics, or just /subscribe for every new brief.";
        return Answer.of(headline).withNotes(List.of(how));
    }

    private String stillHears(ChatRequest request) {
        List<Subscription> left = store.of(request.chatId());
        if (left.isEmpty()) {
            return "No subscriptions are left: " + who(request) + " will get no notifications of new briefs.";
        }
        SubscriptionCommandsArgument argument = argument();
        List<String> labels = left.stream().map(subscription -> argument.label(subscription.filter())).toList();
        return "Still subscribed to: " + String.join("; ", labels) + ".";
    }

    private static String howToChange(ChatRequest request) {
        String who = request.isPrivate() ? "Change them" : "Administrators change them";
        return who + " with /subscribe REGION or TOPIC and /unsubscribe REGION, TOPIC or all.";
    }

    private SubscriptionCommandsArgument argument() {
        return new SubscriptionCommandsArgument(answers.get());
    }

    private static String who(ChatRequest request) {
        return request.isPrivate() ? "you" : "this group";
    }

    private static String typedAfter(String typed) {
        return typed.isEmpty() ? " all" : " " + typed;
    }

    // what a user typed is echoed back, but a pasted page is not
    private static String abbreviated(String typed) {
        return typed.codePointCount(0, typed.length()) <= LONGEST_ECHO ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, LONGEST_ECHO)) + "…";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
