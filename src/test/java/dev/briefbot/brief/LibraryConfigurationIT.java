package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class LibraryConfigurationIT {

    @TempDir
    Path folder;

    @Test
    void shouldStopStartUpWithTheFileAndTheFixInsteadOfAStackTrace(CapturedOutput output) {
        LibraryFixture library = new LibraryFixture(folder)
                .edit(LibraryFixture.FACTS, "person: xia-jun", "person: nobody");

        assertThatThrownBy(() -> start(library).close()).hasRootCauseInstanceOf(LibraryException.class);

        assertThat(output).contains("APPLICATION FAILED TO START", "Description:",
                LibraryFixture.FACTS + ": proposal 'xia-jun-medicine', person 'nobody' is not among this brief's "
                        + "people",
                "Action:", "Fix the file named above, or point briefbot.seeds-dir / briefbot.config-dir elsewhere.");
    }

    @Test
    void shouldOfferTheLoadedLibraryAndSayWhatItLoaded(CapturedOutput output) {
        LibraryFixture library = new LibraryFixture(folder);

        try (ConfigurableApplicationContext context = start(library)) {
            assertThat(context.getBean(Library.class).briefs()).extracting(Brief::id)
                    .containsExactly(LibraryFixture.BRIEF);
        }
        assertThat(output).contains("Loaded 1 brief (2 proposals, 36 regions) from " + library.seeds());
    }

    // command-line arguments, so that no application.yml of the project can point elsewhere
    private static ConfigurableApplicationContext start(LibraryFixture library) {
        return new SpringApplicationBuilder(LibraryConfiguration.class)
                .web(WebApplicationType.NONE)
                .run("--briefbot.seeds-dir=" + library.seeds(), "--briefbot.config-dir=" + library.config());
    }
}
