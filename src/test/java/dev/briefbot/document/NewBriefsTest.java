package dev.briefbot.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new brief's text saved in the seeds folder under a safe id of its own: never over another, never outside. */
class NewBriefsTest {

    private static final String ARTICLE = "Nanshan lawmakers back humanoid robots for care homes\n"
            + "Published: 2024-03-08 09:30\n\nLawmakers from Shenzhen's Nanshan District have put forward a plan.\n";

    @TempDir
    Path seeds;

    @Test
    void shouldNameTheTextAfterItsDateAndHeadline() throws IOException {
        NewBriefs.Saved saved = new NewBriefs(seeds).save(ARTICLE, "whatever.html");

        assertThat(saved.id()).isEqualTo("2024-03-08-nanshan-lawmakers-back-humanoid-robots-care");
        assertThat(saved.title()).isEqualTo("Nanshan lawmakers back humanoid robots for care homes");
        assertThat(saved.alreadyThere()).isFalse();
        assertThat(Files.readString(seeds.resolve(saved.id() + ".txt"))).isEqualTo(ARTICLE);
        assertThat(files()).containsExactly(saved.id() + ".txt");
    }

    @Test
    void shouldNeverOverwriteABriefNorPairWithAnotherTextsFacts() throws IOException {
        String id = "2024-03-08-nanshan-lawmakers-back-humanoid-robots-care";
        Files.writeString(seeds.resolve(id + ".txt"), "Another article altogether.\n");
        Files.writeString(seeds.resolve(id + "-2.yaml"), "title: facts waiting for their text\n");

        NewBriefs.Saved saved = new NewBriefs(seeds).save(ARTICLE, "page.html");

        assertThat(saved.id()).isEqualTo(id + "-3");
        assertThat(Files.readString(seeds.resolve(id + ".txt"))).isEqualTo("Another article altogether.\n");
        assertThat(files()).containsExactlyInAnyOrder(id + ".txt", id + "-2.yaml", id + "-3.txt");
    }

    @Test
    void shouldFindTheSameTextSentTwice() throws IOException {
        NewBriefs briefs = new NewBriefs(seeds);
        NewBriefs.Saved first = briefs.save(ARTICLE, "page.html");

        NewBriefs.Saved again = briefs.save(ARTICLE, "page.pdf");

        assertThat(again.alreadyThere()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(files()).hasSize(1);
    }

    @Test
    void shouldTakeOnlyTheLastPartOfAFileNameThatHoldsAPath() throws IOException {
        NewBriefs.Saved saved = new NewBriefs(seeds).save("深圳机器人\n\n南山区人大代表提出在三家养老院试用机器人。\n",
                "../../etc/Évian Notes.txt");

        assertThat(saved.id()).isEqualTo("evian-notes");
        assertThat(saved.file().getParent()).isEqualTo(seeds);
        assertThat(files()).containsExactly("evian-notes.txt");
    }

    @Test
    void shouldNameATextWithoutHeadlineWordsOrFileNameADocument() throws IOException {
        assertThat(new NewBriefs(seeds).save("深圳\n\n南山。\n", null).id()).isEqualTo("document");
    }

    private Stream<String> filesStream() throws IOException {
        return Files.list(seeds).map(file -> file.getFileName().toString());
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<String> names = filesStream()) {
            return names.toList();
        }
    }
}
