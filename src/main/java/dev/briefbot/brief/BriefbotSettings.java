package dev.briefbot.brief;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the knowledge lives.
 *
 * @param seedsDir  the folder of briefs: {@code <id>.txt} as published beside {@code <id>.yaml} with its facts
 * @param configDir the folder of reference data: {@code regions.yaml} and {@code synonyms.txt}
 */
@Validated
@ConfigurationProperties("briefbot")
public record BriefbotSettings(
        @NotNull @DefaultValue("seeds") Path seedsDir,
        @NotNull @DefaultValue("config") Path configDir) {
}
