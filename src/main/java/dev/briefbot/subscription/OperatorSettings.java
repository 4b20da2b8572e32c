package dev.briefbot.subscription;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who operates the bot ({@code briefbot.admin-ids}, or BRIEFBOT_ADMIN_IDS): checked as it is bound, so a typo stops
 * start-up with the report every other setting gets, rather than leaving an operator unheard.
 *
 * @param adminIds Telegram user ids separated by commas, e.g. {@code 12345,67890}; empty: no operators
 */
@ConfigurationProperties("briefbot")
@Validated
record OperatorSettings(
        @NotNull
        @Pattern(regexp = "[\\s,]*|[\\s,]*\\d{1,18}(\\s*,[\\s,]*\\d{1,18})*[\\s,]*",
                message = "must be Telegram user ids separated by commas, e.g. 12345,67890 (BRIEFBOT_ADMIN_IDS)")
        @DefaultValue("") String adminIds) {

    Operators operators() {
        return Operators.of(adminIds);
    }
}
