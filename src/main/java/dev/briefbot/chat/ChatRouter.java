package dev.briefbot.chat;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;

/**
 * A chat request to the answer it deserves, or to none. In a private chat every command and every other text is for
 * the bot (a command addressed to another bot gets a note saying so); in a group only commands addressed to it (or
 * to no bot), and text that mentions it or replies to it.
 */
public final class ChatRouter {

    /** Longer text is cut before it is searched: no question needs more, and search time grows with length. */
    static final int LONGEST_ASK = 500;

    private final Supplier<Answers> answers;
    private final String botUsername;
    private final Pattern mention;
    private final Guide guide = new Guide();
    private final SubscriptionDesk subscriptions;
    private final OperatorDesk operators;
    private final Conversations conversations;

    /** @param answers the current answers: a supplier, because the library can be reloaded under us */
    public ChatRouter(Supplier<Answers> answers, ChatSettings settings) {
        this(answers, settings, SubscriptionDesk.elsewhere(), OperatorDesk.elsewhere(), new Conversations());
    }

    public ChatRouter(Supplier<Answers> answers, ChatSettings settings, SubscriptionDesk subscriptions,
                      OperatorDesk operators, Conversations conversations) {
        this.answers = answers;
        this.subscriptions = subscriptions;
        this.operators = operators;
        this.conversations = conversations;
        this.botUsername = settings.botUsername();
        // "@BriefBot" as a word of its own, not the tail of "/region@BriefBot" or of "@BriefBotFan"
        this.mention = Pattern.compile("(?<![\\p{L}\\p{N}_/@])@" + Pattern.quote(botUsername) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The reply to a request, or none; the chat's follow-up context moves on to what the reply was about. */
    public Optional<Answer> reply(ChatRequest request) {
        String text = withoutMention(request.text());
        Optional<Answer> reply = CommandLine.parse(text)
                .map(line -> commandReply(request, line))
                .orElseGet(() -> textReply(request, text));
        reply.ifPresent(answer -> conversations.answered(request, answer));
        return reply;
    }

    /**
     * The request as one command that asks it alone, for a link or a button to carry: the command itself, or
     * {@code /ask} and the question. Empty for what such a link should not run ({@link Command#answersAlike}), for
     * text not addressed to the bot, and for a question read in the chat's context whose answer alone would differ
     * from {@code given} (then it is asked again without the context, to compare).
     */
    public Optional<String> askedAlone(ChatRequest request, Answer given) {
        String text = withoutMention(request.text());
        Optional<CommandLine> line = CommandLine.parse(text);
        if (line.isPresent()) {
            Optional<Command> command = Command.named(line.get().name()).filter(Command::answersAlike)
                    .filter(named -> line.get().isFor(botUsername));
            if (command.isEmpty()) {
                return Optional.empty();
            }
            String arguments = bounded(line.get().arguments());
            if (command.get() != Command.ASK) {
                return Optional.of(command.get().slashed() + (arguments.isEmpty() ? "" : " " + arguments));
            }
            text = arguments;
        } else if (!isHeard(request)) {
            return Optional.empty();
        }
        String question = bounded(text).strip();
        if (question.isEmpty()) {
            return Optional.empty();
        }
        boolean inContext = conversations.contextOf(request).isPresent();
        if (inContext && !answers.get().question(question, Optional.empty()).equals(given)) {
            return Optional.empty();
        }
        return Optional.of(Command.ASK.slashed() + " " + question);
    }

    private Optional<Answer> commandReply(ChatRequest request, CommandLine line) {
        if (!line.isFor(botUsername)) {
            // a group may hold that other bot; a private chat holds only us, and silence would help no one
            return request.isPrivate() ? Optional.of(guide.strayCommand(line)) : Optional.empty();
        }
        Optional<Command> command = Command.named(line.name());
        if (command.isPresent()) {
            return Optional.of(answer(request, command.get(), line.arguments()));
        }
        // a group may hold other bots: an unknown command there is ours only when it names us
        return isHeard(request) || line.namesBot() ? Optional.of(guide.unknownCommand(line.name())) : Optional.empty();
    }

    private Optional<Answer> textReply(ChatRequest request, String text) {
        return isHeard(request) ? Optional.of(question(request, text)) : Optional.empty();
    }

    /**
     * The transport sent {@code answer} as message {@code messageId} of the chat: a reply to that message, in any
     * chat, is read in that answer's context.
     */
    public void sent(long chatId, long messageId, Answer answer) {
        conversations.sent(chatId, messageId, answer);
    }

    private Answer answer(ChatRequest request, Command command, String typed) {
        Answers current = answers.get();
        String arguments = bounded(typed);
        return switch (command) {
            case START -> guide.welcome(current.library());
            case HELP -> guide.help(current.library());
            case REGION -> arguments.isEmpty() ? current.regions() : current.region(arguments);
            case WHO -> current.who(arguments);
            case ADVISOR -> current.advisor(arguments);
            case RANKINGS -> current.rankings(arguments);
            case TOPICS -> current.topics();
            case SOURCE -> current.source(operators.operates(request));
            case SUMMARY -> current.summary();
            case ASK -> question(request, arguments);
            case SUBSCRIBE -> subscriptions.subscribe(request, arguments);
            case UNSUBSCRIBE -> subscriptions.unsubscribe(request, arguments);
            case SUBSCRIPTIONS -> subscriptions.subscriptions(request);
            case RELOAD -> operators.reload(request);
        };
    }

    /**
     * A question in the user's words, read in the chat's context when it follows up on the last answer; an empty one
     * (a bare mention, a bare /ask) gets the help.
     */
    private Answer question(ChatRequest request, String text) {
        Answers current = answers.get();
        return text.isBlank() ? guide.help(current.library())
                : current.question(bounded(text), conversations.contextOf(request));
    }

    /** In a private chat everything is for us; elsewhere only what mentions us or replies to us. */
    private boolean isHeard(ChatRequest request) {
        return request.isPrivate() || request.addressedToBot();
    }

    private static String bounded(String text) {
        if (text.codePointCount(0, text.length()) <= LONGEST_ASK) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LONGEST_ASK));
    }

    private String withoutMention(String text) {
        Matcher matcher = mention.matcher(text);
        return matcher.find() ? matcher.replaceAll("").strip() : text;
    }
}
