package dev.briefbot.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every command the bot knows, with what it does and one example: for /help and the Telegram command menu. */
public enum Command {
    START("what I know and how to ask", "/start"),
    HELP("the commands, with an example each", "/help"),
    REGION("proposals for a region and where it ranks", "/region Shenzhen"),
    WHO("who proposed something on a topic", "/who elderly care"),
    ADVISOR("what a lawmaker or political advisor proposed or said", "/advisor Wu Wenyan"),
    RANKINGS("how the regions rank, or one region's place", "/rankings 3"),
    TOPICS("the topics the briefs cover", "/topics"),
    SOURCE("the briefs my answers come from", "/source"),
    SUMMARY("what the briefs are about: who, how many proposals, which regions and topics", "/summary"),
    ASK("a question in your own words", "/ask who proposed AI robots for elderly care?"),
    SUBSCRIBE("hear when a new brief brings proposals on a region or topic (no argument: every new brief)",
            "/subscribe Shenzhen"),
    UNSUBSCRIBE("stop hearing about a region or topic, or about everything", "/unsubscribe all"),
    SUBSCRIPTIONS("what this chat hears about new briefs", "/subscriptions"),
    /** For the bot's operators: kept out of /help and the command menus. */
    RELOAD("take in the seeds folder now (operators only)", "/reload");

    private final String description;
    private final String example;

    Command(String description, String example) {
        this.description = description;
        this.example = example;
    }

    /** The name as typed and as the Telegram menu lists it: lowercase, without the slash. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** E.g. {@code /region}. */
    public String slashed() {
        return "/" + commandName();
    }

    public String description() {
        return description;
    }

    public String example() {
        return example;
    }

    /** In a group only its administrators may run it: it changes what the whole group receives. */
    public boolean changesSubscriptions() {
        return this == SUBSCRIBE || this == UNSUBSCRIBE;
    }

    /** Only the bot's operators may run it: it changes what every chat is answered from. */
    public boolean isForOperators() {
        return this == RELOAD;
    }

    /**
     * Its answer is the same in every chat, for anyone, and changes nothing: a shared link may carry it. Not /start
     * (a link opens with it anyway), nor the subscriptions (each chat's own), nor the operators' commands.
     */
    public boolean answersAlike() {
        return this != START && !changesSubscriptions() && this != SUBSCRIPTIONS && !isForOperators();
    }

    /** The commands /help and the command menus show: all but the operators' own. */
    public static List<Command> forEveryone() {
        return Arrays.stream(values()).filter(command -> !command.isForOperators()).toList();
    }

    /** The command with that name, ignoring case; empty for a command the bot does not know. */
    public static Optional<Command> named(String name) {
        return Arrays.stream(values()).filter(command -> command.commandName().equalsIgnoreCase(name)).findFirst();
    }
}
