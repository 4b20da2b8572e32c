package dev.briefbot.telegram.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deep links' payloads: what each command becomes, that it comes back as the same command, what is refused. */
class DeepLinksTest {

    private final DeepLinks links = new DeepLinks(() -> "BriefBot");

    @Test
    void shouldSpellPlainArgumentsReadablyAndAnyOtherInBase64() {
        assertThat(DeepLinks.payload("/topics")).contains("topics");
        assertThat(DeepLinks.payload("/region Hong Kong")).contains("region-Hong_Kong");
        assertThat(DeepLinks.payload("/region 深圳")).contains("region_5rex5Zyz");
        assertThat(DeepLinks.payload("/ask who proposed AI robots for elderly care?")).hasValueSatisfying(payload ->
                assertThat(payload).startsWith("ask_").hasSizeLessThanOrEqualTo(64).matches("[A-Za-z0-9_-]+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/topics", "/region Shenzhen", "/region Hong Kong", "/region 深圳", "/rankings 3",
        "/advisor Wu Wenyan", "/who elderly care", "/ask who proposed AI robots for elderly care?",
        "/ask where does Sichuan rank?", "/region two  spaces", "/who a_b-c", "/ask 😀 emoji"})
    void shouldReadBackEveryPayloadAsTheCommandItCarries(String command) {
        String payload = DeepLinks.payload(command).orElseThrow();

        assertThat(payload).hasSizeLessThanOrEqualTo(DeepLinks.PAYLOAD_LIMIT).matches("[A-Za-z0-9_-]+");
        assertThat(DeepLinks.read(payload)).contains(command);
    }

    @Test
    void shouldGiveNoLinkToWhatALinkShouldNotRunOrCannotHold() {
        assertThat(List.of("/start", "/subscribe Shenzhen", "/unsubscribe all", "/subscriptions", "/reload",
                "/region@OtherBot Shenzhen", "/who mail@example.org", "/REGION Shenzhen", "not a command",
                "/ask " + "why ".repeat(12), "/region line\nbreak"))
                .allSatisfy(command -> assertThat(DeepLinks.payload(command)).as(command).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "start", "reload", "subscribe-Shenzhen", "nosuchcommand", "Region-Shenzhen",
        "region-", "region-_Shenzhen", "region-Shen__zhen", "region-Shenzhen_", "region_", "region_!!",
        "region_U2hlbnpoZW4", "region_U2hlbnpoZW4=", "region_5rex5Zy", "region_/w", "ask_QGV2aWw", "ask_Cg",
        "region-Shenzhen?x", "region Shenzhen", "regionxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void shouldRefuseAPayloadNotSpelledAsTheBotSpellsIt(String payload) {
        assertThat(DeepLinks.read(payload)).as(payload).isEmpty();
    }

    @Test
    void shouldRefuseAPayloadLongerThanTelegramAllows() {
        String longest = DeepLinks.payload("/ask " + "a".repeat(59)).orElseThrow();

        assertThat(longest).hasSize(63);
        assertThat(DeepLinks.read(longest)).isPresent();
        assertThat(DeepLinks.payload("/ask " + "a".repeat(61))).isEmpty();
        assertThat(DeepLinks.read("region-" + "A".repeat(58))).isEmpty();
        assertThat(DeepLinks.read(null)).isEmpty();
    }

    @Test
    void shouldLinkToTheBotAndShareTheLinkThroughTelegramsShareSheet() {
        assertThat(links.link("/region Shenzhen")).contains("https://t.me/BriefBot?start=region-Shenzhen");
        assertThat(links.shareRow(java.util.Optional.of("/region Shenzhen"))).singleElement()
                .satisfies(row -> assertThat(row).singleElement().satisfies(button -> {
                    assertThat(button.getText()).isEqualTo(DeepLinks.SHARE);
                    assertThat(button.getUrl()).isEqualTo(
                            "https://t.me/share/url?url=https%3A%2F%2Ft.me%2FBriefBot%3Fstart%3Dregion-Shenzhen");
                }));
        assertThat(links.shareRow(java.util.Optional.of("/subscribe"))).isEmpty();
    }

    @Test
    void shouldFindTheStartPayloadOnlyInAStartCommandForThisBot() {
        assertThat(links.startPayload("/start region-Shenzhen")).contains("region-Shenzhen");
        assertThat(links.startPayload("/start@BriefBot region-Shenzhen")).contains("region-Shenzhen");
        assertThat(links.startPayload("/start")).isEmpty();
        assertThat(links.startPayload("/start@OtherBot region-Shenzhen")).isEmpty();
        assertThat(links.startPayload("/region Shenzhen")).isEmpty();
    }
}
