package dev.briefbot.brief;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the knowledge lives. A blank value means the default; a folder that is missing or holds bad files stops
 * start-up with the loader's message naming it.
 *
 * @param seedsDir  the folder of briefs: {@code <id>.txt} as published beside {@code <id>.yaml} with its facts
 * @param configDir the folder of reference data: {@code regions.yaml} and {@code synonyms.txt}
 */
@ConfigurationProperties("briefbot")
public record BriefbotSettings(@DefaultValue("seeds") Path seedsDir, @DefaultValue("config") Path configDir) {
}
