package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void shouldReadACommandWithItsArguments() {
        assertThat(CommandLine.parse("/region Shenzhen")).contains(new CommandLine("region", "", "Shenzhen"));
    }

    @Test
    void shouldReadACommandWithoutArguments() {
        assertThat(CommandLine.parse("/rankings")).contains(new CommandLine("rankings", "", ""));
    }

    @Test
    void shouldReadTheBotTheCommandIsAddressedTo() {
        CommandLine line = CommandLine.parse("/region@BriefBot Shenzhen").orElseThrow();

        assertThat(line).isEqualTo(new CommandLine("region", "BriefBot", "Shenzhen"));
        assertThat(line.isFor("BriefBot")).isTrue();
    }

    @Test
    void shouldCompareTheBotNameIgnoringCase() {
        assertThat(CommandLine.parse("/region@briefBOT Shenzhen").orElseThrow().isFor("BriefBot")).isTrue();
    }

    @Test
    void shouldTellACommandForAnotherBot() {
        CommandLine line = CommandLine.parse("/region@OtherBot Shenzhen").orElseThrow();

        assertThat(line.isFor("BriefBot")).isFalse();
    }

    @Test
    void shouldTakeACommandForNoBotAsOurs() {
        assertThat(CommandLine.parse("/who elderly care").orElseThrow().isFor("BriefBot")).isTrue();
    }

    @Test
    void shouldReadTheCommandNameIgnoringCase() {
        assertThat(CommandLine.parse("/REGION Shenzhen").map(CommandLine::name)).contains("region");
        assertThat(CommandLine.parse("/Who@BriefBot x").map(CommandLine::name)).contains("who");
    }

    @Test
    void shouldTakeArgumentsFromTheNextLine() {
        assertThat(CommandLine.parse("/region\nShenzhen")).contains(new CommandLine("region", "", "Shenzhen"));
    }

    @Test
    void shouldIgnoreLeadingAndTrailingSpaces() {
        assertThat(CommandLine.parse("   /region   Shenzhen  \n")).contains(new CommandLine("region", "", "Shenzhen"));
    }

    @Test
    void shouldTreatANonBreakingSpaceAsTheEndOfTheCommand() {
        assertThat(CommandLine.parse("/region\u00A0Shenzhen")).contains(new CommandLine("region", "", "Shenzhen"));
    }

    @Test
    void shouldKeepUnicodeArgumentsAsTyped() {
        assertThat(CommandLine.parse("/region 深圳")).contains(new CommandLine("region", "", "深圳"));
        assertThat(CommandLine.parse("/who 👵 care")).contains(new CommandLine("who", "", "👵 care"));
        assertThat(CommandLine.parse("/ask مرحبا")).contains(new CommandLine("ask", "", "مرحبا"));
    }

    @Test
    void shouldKeepTheLinesOfMultiLineArguments() {
        assertThat(CommandLine.parse("/ask who\nproposed robots?").map(CommandLine::arguments))
                .contains("who\nproposed robots?");
    }

    @Test
    void shouldReadALoneSlashAsACommandWithoutName() {
        assertThat(CommandLine.parse("/")).contains(new CommandLine("", "", ""));
    }

    @Test
    void shouldReadAnEmptyBotNameAsNoBot() {
        assertThat(CommandLine.parse("/region@ Shenzhen").orElseThrow().isFor("BriefBot")).isTrue();
    }

    @Test
    void shouldNotReadOrdinaryTextAsACommand() {
        assertThat(CommandLine.parse("who proposed AI robots?")).isEmpty();
        assertThat(CommandLine.parse("and/or")).isEmpty();
        assertThat(CommandLine.parse("")).isEmpty();
        assertThat(CommandLine.parse("   ")).isEmpty();
    }

    @Test
    void shouldKnowEveryCommandByItsName() {
        assertThat(Command.named("rankings")).contains(Command.RANKINGS);
        assertThat(Command.named("ASK")).contains(Command.ASK);
        assertThat(Command.named("foo")).isEqualTo(Optional.empty());
        assertThat(Command.named("")).isEmpty();
    }

    @Test
    void shouldGiveEveryCommandAnExampleThatRunsIt() {
        for (Command command : Command.values()) {
            assertThat(CommandLine.parse(command.example()).map(CommandLine::name)).contains(command.commandName());
            assertThat(command.description()).isNotBlank();
        }
    }
}
