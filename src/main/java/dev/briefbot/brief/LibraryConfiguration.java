package dev.briefbot.brief;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library, loaded once at start-up. A brief that fails its checks is set aside (the loader logs why, at WARN);
 * a broken config file, or a seeds folder where no brief loads, stops start-up (see LibraryFailureAnalyzer).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BriefbotSettings.class)
class LibraryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LibraryConfiguration.class);

    @Bean
    LibraryLoader libraryLoader() {
        return new LibraryLoader();
    }

    @Bean
    Library library(LibraryLoader loader, BriefbotSettings settings) {
        long started = System.nanoTime();
        Library library = loader.load(settings.seedsDir(), settings.configDir());
        // the time is logged because start-up has a budget and loading is the part that grows with the seeds
        log.info("Loaded {} ({} proposals, {} regions) from {} in {} ms{}", count(library.briefs().size(), "brief"),
                library.briefs().stream().mapToInt(brief -> brief.proposals().size()).sum(),
                library.gazetteer().regions().size(), settings.seedsDir(), (System.nanoTime() - started) / 1_000_000,
                library.setAside().isEmpty() ? "" : "; " + library.setAside().size() + " set aside (see the WARN above)");
        return library;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
