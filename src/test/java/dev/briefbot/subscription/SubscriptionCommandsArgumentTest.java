package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.briefbot.answer.Answers;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.Test;

/** Arguments of /subscribe and /unsubscribe, read against the project's own briefs and gazetteer. */
class SubscriptionCommandsArgumentTest {

    private static final Answers ANSWERS = Answers.of(new LibraryLoader().load(
            Path.of("src/test/resources/global-times/seeds"), Path.of("config")));

    private final SubscriptionCommandsArgument argument = new SubscriptionCommandsArgument(ANSWERS);

    @Test
    void shouldReadARegionAsRegionDoesTyposAndChineseIncluded() {
        assertThat(argument.read("Shenzhen").filter()).contains(Filter.region("shenzhen"));
        assertThat(argument.read("shenzen").filter()).contains(Filter.region("shenzhen"));
        assertThat(argument.read("深圳").filter()).contains(Filter.region("shenzhen"));
        assertThat(argument.read("Guangdong Province").filter()).contains(Filter.region("guangdong"));
    }

    @Test
    void shouldReadATopicOfTheBriefsInAnyCaseAndWithATypo() {
        assertThat(argument.read("Elderly Care").filter()).contains(Filter.topic("elderly care"));
        assertThat(argument.read("elderly cair").filter()).contains(Filter.topic("elderly care"));
        assertThat(argument.read("Shenzhen-Hong Kong collaboration").filter())
                .contains(Filter.topic("Shenzhen-Hong Kong collaboration"));
    }

    @Test
    void shouldReadNothingOrAllAsEveryBrief() {
        assertThat(argument.read("").filter()).contains(Filter.all());
        assertThat(argument.read("  All ").filter()).contains(Filter.all());
        assertThat(SubscriptionCommandsArgument.meansEverything("everything")).isTrue();
        assertThat(SubscriptionCommandsArgument.meansEverything("Shenzhen")).isFalse();
    }

    @Test
    void shouldNameNothingForUnknownWordsButOfferTopicsSharingAWord() {
        SubscriptionCommandsArgument.Reading reading = argument.read("elderly people");

        assertThat(reading.filter()).isEmpty();
        assertThat(reading.guesses()).contains("elderly care");
        assertThat(argument.read("quantum gravity").filter()).isEmpty();
    }

    @Test
    void shouldSayWhatTheChatWillHearWithTheRegionsChineseNameAndProvince() {
        assertThat(argument.hears(Filter.region("shenzhen")))
                .isEqualTo("when a new brief brings proposals about Shenzhen (深圳, Guangdong)");
        assertThat(argument.hears(Filter.topic("elderly care")))
                .isEqualTo("when a new brief brings proposals on elderly care");
        assertThat(argument.hears(Filter.all())).isEqualTo("about every new brief");
        assertThat(argument.label(Filter.region("no-such-place"))).isEqualTo("no-such-place");
    }
}
