package dev.briefbot.brief;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the knowledge lives. A blank value means the default. Both folders are checked as they are bound: a missing
 * or unreadable one stops start-up with Boot's report naming the property; the files inside are the loader's to
 * check (and a folder that goes missing later, on reload, is the loader's to report).
 *
 * @param seedsDir  the folder of briefs: {@code <id>.txt} as published beside {@code <id>.yaml} with its facts
 * @param configDir the folder of reference data: {@code regions.yaml} and {@code synonyms.txt}
 */
@ConfigurationProperties("briefbot")
@Validated
public record BriefbotSettings(
        @ReadableFolder(of = "briefs (<id>.txt beside <id>.yaml)") @DefaultValue("seeds") Path seedsDir,
        @ReadableFolder(of = "reference data (regions.yaml, synonyms.txt)") @DefaultValue("config") Path configDir) {
}
