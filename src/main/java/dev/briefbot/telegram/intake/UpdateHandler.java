package dev.briefbot.telegram.intake;

/** What the lanes hand each update to: the conversation, which answers it and tells how that ended. */
public interface UpdateHandler {

    UpdateOutcome handle(TelegramUpdate update);
}
