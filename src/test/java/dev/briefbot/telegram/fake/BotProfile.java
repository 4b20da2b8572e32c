package dev.briefbot.telegram.fake;

/** Who the fake bot is, as {@code getMe} reports it; the token is {@code id:secret} like a real one. */
public record BotProfile(long id, String username, String firstName, boolean canJoinGroups,
        boolean supportsInlineQueries) {

    public static BotProfile briefBot() {
        return new BotProfile(7_000_000_001L, "BriefBot", "BriefBot", true, true);
    }

    public String token() {
        return id + ":FAKE-secret-for-tests";
    }
}
