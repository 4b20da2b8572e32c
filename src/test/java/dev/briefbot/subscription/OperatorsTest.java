package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefbot.BindingRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** BRIEFBOT_ADMIN_IDS as an operator writes it, and who may therefore /reload and hear of a refused version. */
class OperatorsTest {

    @Test
    void shouldReadIdsSeparatedByCommasWhateverTheSpaces() {
        Operators operators = Operators.of(" 4242, 4343 ,5000000001,");

        assertThat(operators.ids()).containsExactlyInAnyOrder(4242L, 4343L, 5_000_000_001L);
    }

    @Test
    void shouldHaveNoOperatorWhenNoIdIsGiven() {
        assertThat(Operators.of("").ids()).isEmpty();
        assertThat(Operators.of(" , ").ids()).isEmpty();
        assertThat(Operators.of("").includes(0)).isFalse();
    }

    @Test
    void shouldCountOnlyTheListedUsersAsOperators() {
        Operators operators = Operators.of("4242,4343");

        assertThat(operators.includes(4242)).isTrue();
        assertThat(operators.includes(4343)).isTrue();
        assertThat(operators.includes(4244)).isFalse();
        assertThat(operators.includes(-4242)).isFalse();
    }

    @Test
    void shouldRefuseAValueThatIsNotAUserIdNamingTheSettingAndTheValue() {
        assertThatThrownBy(() -> Operators.of("4242, @alice"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("briefbot.admin-ids").hasMessageContaining("BRIEFBOT_ADMIN_IDS")
                .hasMessageContaining("\"4242, @alice\"");
    }

    @Test
    void shouldRefuseIdsSeparatedBySpacesOnly() {
        assertThatThrownBy(() -> Operators.of("4242 4343")).hasMessageContaining("separated by commas");
    }

    @Test
    void shouldStopStartUpWithTheSettingsReportWhenTheListIsMistyped() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withPropertyValues("briefbot.admin-ids=4242 4343").run(started ->
                        assertThat(BindingRefusal.of(started.getStartupFailure())).isEqualTo("briefbot.admin-ids: "
                                + "must be Telegram user ids separated by commas, e.g. 12345,67890 "
                                + "(BRIEFBOT_ADMIN_IDS)"));
    }

    @Test
    void shouldBindTheOperatorsAnOperatorListed() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withPropertyValues("briefbot.admin-ids= 4242, 4343 ,").run(started ->
                        assertThat(started.getBean(OperatorSettings.class).operators().ids())
                                .containsExactlyInAnyOrder(4242L, 4343L));
    }

    @EnableConfigurationProperties(OperatorSettings.class)
    static class Settings {
    }
}
