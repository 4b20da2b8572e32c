package dev.briefbot.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import dev.briefbot.chat.Command;
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
 */
final class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private CommandMenu() {
    }

    /** A menu that could not be set is a cosmetic loss: logged, and the bot answers anyway. */
    static void publish(TelegramSender sender) {
        publish(sender, new BotCommandScopeAllPrivateChats(), command -> true);
        publish(sender, new BotCommandScopeAllGroupChats(), command -> !command.changesSubscriptions());
        publish(sender, new BotCommandScopeAllChatAdministrators(), command -> true);
    }

    private static void publish(TelegramSender sender, BotCommandScope scope, Predicate<Command> shown) {
        List<BotCommand> commands = Arrays.stream(Command.values()).filter(shown)
                .map(command -> new BotCommand(command.commandName(), command.description())).toList();
        boolean set = sender.execute(SetMyCommands.builder().commands(commands).scope(scope).build()).orElse(false);
        if (!set) {
            log.warn("The command menu for {} could not be set; commands still work when typed", scope.getType());
        }
    }
}
