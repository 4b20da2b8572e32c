package dev.briefbot.brief;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the knowledge lives. A blank value means the default. Both folders are checked as they are bound, by hand
 * rather than by Bean Validation, which would cost the console's first answer over a second: a missing or unreadable
 * one stops start-up with Boot's report naming the property; the files inside are the loader's to check (and a
 * folder that goes missing later, on reload, is the loader's to report).
 *
 * @param seedsDir  the folder of briefs: {@code <id>.txt} as published beside {@code <id>.yaml} with its facts
 * @param configDir the folder of reference data: {@code regions.yaml} and {@code synonyms.txt}
 */
@ConfigurationProperties("briefbot")
public record BriefbotSettings(@DefaultValue("seeds") Path seedsDir, @DefaultValue("config") Path configDir) {

    public BriefbotSettings {
        ReadableFolder.check("briefbot.seeds-dir", seedsDir, "briefs (<id>.txt beside <id>.yaml)");
        ReadableFolder.check("briefbot.config-dir", configDir, "reference data (regions.yaml, synonyms.txt)");
    }
}
