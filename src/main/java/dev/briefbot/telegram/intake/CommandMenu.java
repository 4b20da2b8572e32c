package dev.briefbot.telegram.intake;

import java.util.List;
import java.util.function.Predicate;

import dev.briefbot.chat.Command;
import dev.briefbot.telegram.sending.BotApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;

/**
 * The "/" menu Telegram shows, from the one list of commands: everything in private chats and to group
 * administrators; to the other members of a group, everything but the commands only administrators may run there.
 * The operators' commands are never listed. Published once the intake has started.
 */
public final class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private final BotApi sender;

    public CommandMenu(BotApi sender) {
        this.sender = sender;
    }

    /** A menu that could not be set is a cosmetic loss: logged, and the bot answers anyway. */
    void publish() {
        boolean going = publish(new BotCommandScopeAllPrivateChats(), command -> true)
                && publish(new BotCommandScopeAllGroupChats(), command -> !command.changesSubscriptions());
        if (going) {
            publish(new BotCommandScopeAllChatAdministrators(), command -> true);
        }
    }

    /** False when the bot is stopping meanwhile: the rest of the menu can wait for the next start. */
    private boolean publish(BotCommandScope scope, Predicate<Command> shown) {
        List<BotCommand> commands = Command.forEveryone().stream().filter(shown)
                .map(command -> new BotCommand(command.commandName(), command.description())).toList();
        BotApi.Sent<Boolean> sent = sender.send(SetMyCommands.builder().commands(commands).scope(scope).build());
        if (sent.outcome() == BotApi.Outcome.STOPPED) {
            log.info("The command menu was not set: the bot is stopping");
            return false;
        }
        if (!sent.result().orElse(false)) {
            log.warn("The command menu for {} could not be set; commands still work when typed", scope.getType());
        }
        return true;
    }
}
