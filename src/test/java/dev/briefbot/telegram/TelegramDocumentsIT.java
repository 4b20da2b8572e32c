package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.UnreviewedBrief;
import dev.briefbot.document.PrintedPdf;
import dev.briefbot.telegram.fake.SentDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Documents sent to the bot over the fake Bot API: an operator's .txt, .html page and printed .pdf are downloaded
 * (getFile, then /file/bot&lt;token&gt;/&lt;path&gt;), saved in the seeds folder as unreviewed briefs that the library
 * holds at once, and answered with the draft of their facts as a document; a damaged PDF, a file over 2 MB (said so,
 * or only found so while downloading), a non-operator and a group are answered politely, and nothing is saved. The
 * token, which the download's address holds, reaches no log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramDocumentsIT extends BotOverFakeTelegram {

    private static final long OPERATOR = 5151;
    private static final Path DRAFTS = Path.of("src/test/resources/draft");

    private static Path seeds;

    @Autowired
    private CurrentLibrary library;

    @DynamicPropertySource
    static void copyTheSeeds(DynamicPropertyRegistry registry) throws IOException {
        seeds = Files.createTempDirectory("briefbot-seeds");
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/global-times/seeds"), seeds);
        registry.add("briefbot.seeds-dir", seeds::toString);
        registry.add("briefbot.admin-ids", () -> String.valueOf(OPERATOR));
    }

    @AfterAll
    static void removeTheSeeds() throws IOException {
        FileSystemUtils.deleteRecursively(seeds);
    }

    @Test
    void shouldSaveAnOperatorsTextAndSendBackItsDraft(CapturedOutput output) throws IOException {
        byte[] text = Files.readAllBytes(DRAFTS.resolve("dev/2024-03-06-wire-hefei-quantum.txt"));
        int told = telegram.sentMessagesTo(OPERATOR).size();
        int drafts = telegram.sentDocumentsTo(OPERATOR).size();

        telegram.privateDocument(OPERATOR, "hefei.txt", "text/plain", text);

        String reply = telegram.awaitSent(OPERATOR, told + 1, WAIT).get(told).text();
        String id = "2024-03-06-hefei-advisors-want-quantum-computing-every";
        assertThat(reply).contains("Saved “Hefei advisors want quantum computing in every factory” as ",
                id + ".txt", "I answer from its text now, quoting it as not yet reviewed", id + ".yaml", "/reload");
        SentDocument draft = telegram.awaitDocuments(OPERATOR, drafts + 1, WAIT).get(drafts);
        assertThat(draft.fileName()).isEqualTo(id + ".yaml");
        assertThat(draft.text()).contains("title: \"Hefei advisors want quantum computing in every factory\"");
        assertThat(Files.readAllBytes(seeds.resolve(id + ".txt"))).isEqualTo(text);
        assertThat(library.library().unreviewed()).extracting(UnreviewedBrief::id).contains(id);
        assertThat(output.getAll()).doesNotContain(tokenSecret());

        // and it answers from the text at once, quoting it as not yet reviewed
        long asker = 5454;
        telegram.privateMessage(asker, "/region Hefei");
        assertThat(text(telegram.awaitSent(asker, 1, WAIT))).contains("not yet reviewed", "Hefei");
    }

    @Test
    void shouldSaveOnlyTheStoryOfAnHtmlPage() throws IOException {
        int told = telegram.sentMessagesTo(OPERATOR).size();
        int drafts = telegram.sentDocumentsTo(OPERATOR).size();

        telegram.privateDocument(OPERATOR, "robots.html", "text/html",
                Files.readAllBytes(Path.of("src/test/resources/documents/nanshan-robots.html")));

        telegram.awaitSent(OPERATOR, told + 1, WAIT);
        assertThat(telegram.awaitDocuments(OPERATOR, drafts + 1, WAIT).get(drafts).fileName())
                .isEqualTo("2024-03-08-nanshan-lawmakers-back-humanoid-robots-care.yaml");
        String saved = Files.readString(seeds.resolve("2024-03-08-nanshan-lawmakers-back-humanoid-robots-care.txt"));
        assertThat(saved).startsWith("Nanshan lawmakers back humanoid robots for care homes\n"
                        + "Published: 2024-03-08 09:30\nSource: Shenzhen Daily\n\nLawmakers from Shenzhen's")
                .contains("Sun suggested that Nanshan publish the results of each month of its trial.")
                .doesNotContain("Sport", "cookies", "Share on", "Related stories", "Most read", "Copyright");
    }

    @Test
    void shouldSaveAPrintedPdf() throws IOException {
        String article = Files.readString(DRAFTS.resolve("held-out/2025-01-20-xinhua-hangzhou-ai-sessions.txt"));
        List<String> paragraphs = Stream.of(article.strip().split("\n+")).toList();
        int drafts = telegram.sentDocumentsTo(OPERATOR).size();

        telegram.privateDocument(OPERATOR, "hangzhou.pdf", "application/pdf", PrintedPdf.of(paragraphs, "Xinhua"));

        SentDocument draft = telegram.awaitDocuments(OPERATOR, drafts + 1, WAIT).get(drafts);
        String id = draft.fileName().replace(".yaml", "");
        assertThat(id).isEqualTo("2025-01-20-hangzhou-lawmakers-political-advisors-look-put");
        assertThat(library.library().unreviewed()).filteredOn(text -> text.id().equals(id)).singleElement()
                .satisfies(text -> assertThat(text.title())
                        .isEqualTo("Hangzhou lawmakers, political advisors look to put AI to work in city life"));
    }

    @Test
    void shouldTellAnOperatorWhyADamagedPdfWasNotTaken() throws IOException {
        int told = telegram.sentMessagesTo(OPERATOR).size();
        List<String> before = seedFiles();

        telegram.privateDocument(OPERATOR, "broken.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer".getBytes(StandardCharsets.UTF_8));

        assertThat(telegram.awaitSent(OPERATOR, told + 1, WAIT).get(told).text())
                .contains("broken.pdf could not be read as a PDF", "Nothing was saved.");
        awaitEveryUpdateHandled();
        assertThat(seedFiles()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAFileSaidToBeOver2MbWithoutDownloadingIt() throws IOException {
        int told = telegram.sentMessagesTo(OPERATOR).size();
        int asked = telegram.calls("getFile").size();

        telegram.document(OPERATOR, OPERATOR, "huge.pdf", "application/pdf", new byte[10], 5L * 1024 * 1024, null);

        assertThat(telegram.awaitSent(OPERATOR, told + 1, WAIT).get(told).text())
                .contains("huge.pdf is 5.0 MB; I take documents of at most 2 MB.");
        assertThat(telegram.calls("getFile")).hasSize(asked);
    }

    @Test
    void shouldStopDownloadingAFileThatTurnsOutOver2Mb() throws IOException {
        int told = telegram.sentMessagesTo(OPERATOR).size();
        List<String> before = seedFiles();
        byte[] large = new byte[2 * 1024 * 1024 + 4096];
        java.util.Arrays.fill(large, (byte) 'a');

        // Telegram's word is that it is small: only the bytes themselves say otherwise
        telegram.document(OPERATOR, OPERATOR, "long.txt", "text/plain", large, 1000L, null);

        assertThat(telegram.awaitSent(OPERATOR, told + 1, WAIT).get(told).text())
                .contains("long.txt is larger than 2 MB", "Nothing was saved.");
        assertThat(telegram.downloads()).isNotEmpty();
        assertThat(seedFiles()).isEqualTo(before);
    }

    @Test
    void shouldRefuseSomeoneWhoIsNotAnOperatorPolitely() {
        long stranger = 5252;
        int asked = telegram.calls("getFile").size();

        telegram.privateDocument(stranger, "mine.txt", "text/plain", "A headline\n\nA story.\n".getBytes());

        assertThat(telegram.awaitSent(stranger, 1, WAIT).get(0).text())
                .contains("only the bot's operators can add briefs by sending a document");
        awaitEveryUpdateHandled();
        assertThat(telegram.calls("getFile")).hasSize(asked);
        assertThat(telegram.sentDocumentsTo(stranger)).isEmpty();
    }

    @Test
    void shouldRefuseADocumentAddressedToTheBotInAGroupAndIgnoreOthers() {
        long group = -5353;

        telegram.document(group, OPERATOR, "chatter.pdf", "application/pdf", new byte[10], 10L, null);
        telegram.document(group, OPERATOR, "brief.txt", "text/plain", "A text.\n".getBytes(), 8L, "@BriefBot");

        assertThat(telegram.awaitSent(group, 1, WAIT).get(0).text()).contains("I take documents only in a private "
                + "chat");
        awaitEveryUpdateHandled();
        assertThat(telegram.sentMessagesTo(group)).hasSize(1);
        assertThat(telegram.sentDocumentsTo(group)).isEmpty();
    }

    private static String tokenSecret() {
        return telegram.token().substring(telegram.token().indexOf(':') + 1);
    }

    private static List<String> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
