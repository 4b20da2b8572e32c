package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.Proposal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who hears of a new brief, and what they read: the project's seeds, then the same with a sample brief that brings a
 * Shenzhen proposal (Li Mei) and a Jiangsu one on "Elderly Care" (Zhao Lin).
 */
class NotificationsTest {

    private static final long SHENZHEN = -1001;
    private static final long GUANGDONG = -1002;
    private static final long EVERYTHING = -1003;
    private static final long BEIJING = -1004;
    private static final long ELDERLY_CARE = -1005;
    private static final long SHENZHEN_AND_MORE = 42;
    private static final Pattern TAG = Pattern.compile("</?(b|i|blockquote)>");

    private static Library old;
    private static Library current;
    private static Notifications notifications;

    @BeforeAll
    static void loadBothVersions(@TempDir Path seeds) {
        old = LibraryVersions.projectSeeds();
        current = LibraryVersions.withNewBrief(seeds);
        notifications = new Notifications(Answers.of(current), new HtmlChannel());
    }

    @Test
    void shouldReachShenzhenItsProvinceAndEveryBriefButNotBeijing() {
        Map<Long, String> texts = textsByChat(notifications.of(change(), List.of(
                subscription(SHENZHEN, Filter.region("shenzhen")),
                subscription(GUANGDONG, Filter.region("guangdong")),
                subscription(EVERYTHING, Filter.all()),
                subscription(BEIJING, Filter.region("beijing")))));

        assertThat(texts).containsOnlyKeys(SHENZHEN, GUANGDONG, EVERYTHING);
        assertThat(texts.get(SHENZHEN)).contains("Li Mei").doesNotContain("Zhao Lin");
        assertThat(texts.get(GUANGDONG)).contains("Li Mei").doesNotContain("Zhao Lin");
        assertThat(texts.get(EVERYTHING)).contains("Li Mei", "Zhao Lin");
    }

    @Test
    void shouldReachATopicSubscriptionWhateverCaseTheBriefWritesItIn() {
        List<Notifications.Notice> notices = notifications.of(change(),
                List.of(subscription(ELDERLY_CARE, Filter.topic("elderly care"))));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.chatId()).isEqualTo(ELDERLY_CARE);
            assertThat(notice.text()).contains("Zhao Lin", "AI companions in elderly care homes", "Region: Jiangsu")
                    .doesNotContain("Li Mei");
        });
    }

    @Test
    void shouldSendAChatWithSeveralMatchingSubscriptionsOneMessageListingEachProposalOnce() {
        List<Notifications.Notice> notices = notifications.of(change(), List.of(
                subscription(SHENZHEN_AND_MORE, Filter.region("shenzhen")),
                subscription(SHENZHEN_AND_MORE, Filter.region("guangdong")),
                subscription(SHENZHEN_AND_MORE, Filter.topic("elderly care"))));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(occurrences(notice.text(), "Li Mei — ")).isEqualTo(1);
            assertThat(notice.text()).contains("Zhao Lin", "2 new proposals about Shenzhen (深圳, Guangdong) and about "
                    + "Guangdong (广东) and on the topic “elderly care”");
        });
    }

    @Test
    void shouldTellNobodyWhenTheLibraryIsUnchanged() {
        LibraryChange unchanged = LibraryChange.between(old, LibraryVersions.projectSeeds());

        assertThat(new Notifications(Answers.of(old), new HtmlChannel()).of(unchanged, List.of(
                subscription(EVERYTHING, Filter.all()), subscription(SHENZHEN, Filter.region("shenzhen"))))).isEmpty();
    }

    @Test
    void shouldNameTheBriefAndEscapeItsHtml() {
        String text = onlyText(Filter.region("shenzhen"));

        assertThat(text).contains("New brief: Deputies bring AI &amp; robots &lt;to&gt; the two sessions",
                "Sample Times, 5 March 2024", "Li Mei — deputy to the National People's Congress",
                "Proposed: A fund for AI chips made in Shenzhen.", "Region: Shenzhen");
        assertThat(TAG.matcher(text).replaceAll("")).doesNotContain("<", ">");
    }

    @Test
    void shouldOfferButtonsThatAskWhoAndAdvisorWithinTelegramsDataLimit() {
        Notifications.Notice notice = notifications.of(change(),
                List.of(subscription(ELDERLY_CARE, Filter.topic("elderly care")))).get(0);

        assertThat(notice.suggestions()).extracting(Answer.Suggestion::command)
                .containsExactly("/who elderly care", "/advisor Zhao Lin")
                .allSatisfy(command -> assertThat(command.getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(65));
        assertThat(notice.notification())
                .isEqualTo(new OutboxStore.Notification(ELDERLY_CARE, notice.text(), notice.suggestions()));
    }

    @Test
    void shouldKeepALongListUnderTelegramsLimitAndSayWhereTheRestAre() {
        Library crowded = LibraryVersions.plus(old, crowdedBrief(200));
        Notifications.Notice notice = new Notifications(Answers.of(crowded), new HtmlChannel())
                .of(LibraryChange.between(old, crowded), List.of(subscription(SHENZHEN, Filter.region("shenzhen"))))
                .get(0);

        assertThat(notice.text().length()).isLessThanOrEqualTo(4096);
        Matcher more = Pattern.compile("…and (\\d+) more — /region Shenzhen").matcher(notice.text());
        assertThat(more.find()).isTrue();
        assertThat(occurrences(notice.text(), "Proposed: ") + Integer.parseInt(more.group(1))).isEqualTo(200);
        assertThat(notice.text()).contains("200 new proposals about Shenzhen");
        assertThat(notice.suggestions().get(0).command()).isEqualTo("/region Shenzhen");
    }

    private static LibraryChange change() {
        return LibraryChange.between(old, current);
    }

    private String onlyText(Filter filter) {
        return notifications.of(change(), List.of(subscription(SHENZHEN, filter))).get(0).text();
    }

    /** The sample brief under another id, with {@code count} Shenzhen proposals like Li Mei's. */
    private static Brief crowdedBrief(int count) {
        Brief sample = current.briefs().stream().filter(brief -> brief.id().equals(LibraryVersions.NEW_BRIEF))
                .findFirst().orElseThrow();
        Proposal like = sample.proposals().get(0);
        List<Proposal> proposals = IntStream.rangeClosed(1, count)
                .mapToObj(n -> LibraryVersions.proposal("fund-" + n, like,
                        "Fund number " + n + " for AI chips made in Shenzhen, with a summary long enough to matter."))
                .toList();
        return LibraryVersions.renamed(LibraryVersions.withProposals(sample, proposals), "2024-03-06-crowded");
    }

    private static Subscription subscription(long chatId, Filter filter) {
        return new Subscription(chatId, filter, Instant.parse("2024-02-01T00:00:00Z"));
    }

    private static Map<Long, String> textsByChat(List<Notifications.Notice> notices) {
        assertThat(notices).extracting(Notifications.Notice::chatId).doesNotHaveDuplicates();
        return notices.stream().collect(Collectors.toMap(Notifications.Notice::chatId, Notifications.Notice::text));
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
