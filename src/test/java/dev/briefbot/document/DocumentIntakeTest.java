package dev.briefbot.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.briefbot.answer.Answer;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.brief.UnreviewedBrief;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * An operator's document taken in, without any chat: saved as an unreviewed brief that the next library loads, the
 * library reloaded, the draft of its facts handed back; everyone and everything else refused, with nothing saved.
 */
class DocumentIntakeTest {

    private static final long OPERATOR = 7;
    private static final Path FIXTURE = Path.of("src/test/resources/global-times");

    @TempDir
    Path folder;

    private Path seeds;
    private Path config;
    private final List<Library> reloads = new ArrayList<>();
    private Optional<String> reloadRefusal = Optional.empty();
    private DocumentIntake intake;

    @BeforeEach
    void copyTheLibrary() throws IOException {
        FileSystemUtils.copyRecursively(FIXTURE, folder);
        seeds = folder.resolve("seeds");
        config = folder.resolve("config");
        Library start = new LibraryLoader().load(seeds, config);
        intake = new DocumentIntake(new NewBriefs(seeds), user -> user == OPERATOR, start::gazetteer, () -> {
            reloads.add(new LibraryLoader().load(seeds, config));
            return reloadRefusal;
        });
    }

    @Test
    void shouldSaveAnOperatorsPageAsAnUnreviewedBriefAndReloadAndDraftIt() throws IOException {
        DocumentDesk.Offer page = offer(OPERATOR, true, "robots.html", 4_000L);
        assertThat(intake.refusal(page)).isEmpty();

        DocumentDesk.Reply reply = intake.take(page, Files.readAllBytes(ArticleTextTest.PAGE));

        String id = "2024-03-08-nanshan-lawmakers-back-humanoid-robots-care";
        assertThat(reply.answer().headline()).startsWith("Saved “Nanshan lawmakers back humanoid robots for care "
                + "homes” as " + seeds.resolve(id + ".txt")).endsWith("I answer from its text now, quoting it as not yet reviewed.");
        assertThat(String.join(" ", reply.answer().notes())).contains(id + ".yaml", "--check", "/reload");
        assertThat(reloads).hasSize(1);
        UnreviewedBrief loaded = reloads.get(0).unreviewed().stream().filter(text -> text.id().equals(id))
                .findFirst().orElseThrow();
        assertThat(loaded.title()).isEqualTo("Nanshan lawmakers back humanoid robots for care homes");
        assertThat(loaded.publisher()).isEqualTo("Shenzhen Daily");
        assertThat(loaded.sentences()).contains("Sun suggested that Nanshan publish the results of each month of "
                + "its trial.");
        DocumentDesk.Attachment draft = reply.attachment().orElseThrow();
        assertThat(draft.fileName()).isEqualTo(id + ".yaml");
        assertThat(new String(draft.content(), StandardCharsets.UTF_8)).contains(
                "title: \"Nanshan lawmakers back humanoid robots for care homes\"", "published: 2024-03-08T09:30",
                "name: \"Liu Wei\"");

        // the draft, saved as it is beside the text, makes it a brief that passes the checks
        Files.write(seeds.resolve(draft.fileName()), draft.content());
        Library reviewed = new LibraryLoader().load(seeds, config);
        assertThat(reviewed.setAside()).isEmpty();
        assertThat(reviewed.briefs()).anySatisfy(brief -> assertThat(brief.id()).isEqualTo(id));
    }

    @Test
    void shouldSaveAPrintedPdfWhoseSentencesTheLibraryQuotes() {
        byte[] pdf = PrintedPdf.of(ArticleTextTest.articleParagraphs(), "Shenzhen Daily");

        DocumentDesk.Reply reply = intake.take(offer(OPERATOR, true, "nanshan.pdf", (long) pdf.length), pdf);

        assertThat(reply.attachment()).isPresent();
        assertThat(reloads.get(0).unreviewed()).singleElement().satisfies(text -> {
            assertThat(text.title()).isEqualTo("Nanshan lawmakers back humanoid robots for care homes");
            assertThat(text.sentences()).contains("\"My mother wants a person, not a machine,\" said one woman, "
                    + "who gave only her surname, Huang.");
        });
    }

    @Test
    void shouldRefuseOthersAndGroupsBeforeAnythingIsDownloaded() throws IOException {
        assertThat(headline(intake.refusal(offer(8, true, "a.txt", 10L)))).isEqualTo(DocumentIntake.NOT_AN_OPERATOR);
        assertThat(headline(intake.refusal(offer(OPERATOR, false, "a.txt", 10L)))).isEqualTo(DocumentIntake.NOT_PRIVATE);
        assertThat(intake.take(offer(8, true, "a.txt", 10L), "A text.\n".getBytes(StandardCharsets.UTF_8))
                .answer().headline()).isEqualTo(DocumentIntake.NOT_AN_OPERATOR);
        assertNothingSaved();
    }

    @Test
    void shouldRefuseOtherKindsAndLargeFilesPolitely() throws IOException {
        assertThat(headline(intake.refusal(offer(OPERATOR, true, "brief.docx", 10L))))
                .isEqualTo("I can read a .txt, .html or .pdf file; brief.docx is none of them. Send the article in "
                        + "one of those forms.");
        assertThat(headline(intake.refusal(offer(OPERATOR, true, "big.pdf", 3L * 1024 * 1024))))
                .startsWith("big.pdf is 3.0 MB; I take documents of at most 2 MB.");
        assertThat(intake.take(offer(OPERATOR, true, "big.txt", null), new byte[(int) DocumentDesk.MOST_BYTES + 1])
                .answer().headline()).startsWith("big.txt is 2.0 MB; I take documents of at most 2 MB.");
        assertThat(intake.notDownloaded(offer(OPERATOR, true, null, null), true).headline())
                .startsWith("Your document is larger than 2 MB");
        assertNothingSaved();
    }

    @Test
    void shouldRefuseADamagedPdfAndSaveNothing() throws IOException {
        DocumentDesk.Reply reply = intake.take(offer(OPERATOR, true, "broken.pdf", 20L),
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reply.answer().headline()).startsWith("broken.pdf could not be read as a PDF")
                .endsWith("Nothing was saved.");
        assertThat(reply.attachment()).isEmpty();
        assertNothingSaved();
    }

    @Test
    void shouldSayWhenTheTextIsSavedButTheLibraryWasNotReloaded() {
        reloadRefusal = Optional.of("config/regions.yaml: line 3: not YAML");

        DocumentDesk.Reply reply = intake.take(offer(OPERATOR, true, "note.txt", 40L),
                "A note\n\nThe first sentence of a note that is long enough to be the story itself.\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(reply.answer().headline()).startsWith("Saved “A note” as ")
                .endsWith("but the library was not reloaded: config/regions.yaml: line 3: not YAML");
        assertThat(reply.attachment()).isPresent();
    }

    private void assertNothingSaved() throws IOException {
        assertThat(reloads).isEmpty();
        try (Stream<Path> files = Files.list(seeds)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("2024-01-28-global-times-ai-growth.txt",
                            "2024-01-28-global-times-ai-growth.yaml");
        }
    }

    private static String headline(Optional<Answer> answer) {
        return answer.orElseThrow().headline();
    }

    private static DocumentDesk.Offer offer(long sender, boolean privateChat, String name, Long size) {
        return new DocumentDesk.Offer(sender, privateChat, name, null, size);
    }
}
