package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code intents.yaml} is also a test: every example phrasing of every intent must reach that intent. A follow-up
 * is asked after what it follows ("/advisor Jiang Biyan => what else did she propose?").
 */
class IntentExamplesTest {

    private static final String FOLLOWS = " => ";
    private static final Answers ANSWERS = Answers.of(new LibraryLoader().load(
            Path.of("src/test/resources/global-times/seeds"), Path.of("config")));

    @TestFactory
    Stream<DynamicTest> shouldRouteEveryExampleToItsIntent() {
        return Lexicon.get().examples().entrySet().stream().flatMap(intent -> intent.getValue().stream()
                .map(example -> DynamicTest.dynamicTest(intent.getKey() + ": " + example,
                        () -> assertThat(routed(example)).as(example).isEqualTo(intent.getKey()))));
    }

    @Test
    void shouldGiveEveryIntentOfTheTableAtLeastThreeExamples() {
        Set<String> named = ANSWERS.intents().table().stream().map(Intent::name).collect(Collectors.toSet());
        Map<String, List<String>> examples = Lexicon.get().examples();

        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(named);
        assertThat(examples.values()).allSatisfy(phrasings -> assertThat(phrasings).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void shouldTellWhichExampleReachedWhichIntentWhenOneGoesAstray() {
        List<String> astray = new ArrayList<>();
        Lexicon.get().examples().forEach((intent, phrasings) -> phrasings.forEach(example -> {
            String reached = routed(example);
            if (!reached.equals(intent)) {
                astray.add(example + " → " + reached + " (expected " + intent + ")");
            }
        }));
        assertThat(astray).isEmpty();
    }

    /** The name of the intent the example reaches, after what it follows if anything. */
    private static String routed(String example) {
        Optional<Subject> context = Optional.empty();
        String asked = example;
        int follows = example.indexOf(FOLLOWS);
        if (follows >= 0) {
            context = Asking.ask(ANSWERS, example.substring(0, follows), Optional.empty()).followUp();
            asked = example.substring(follows + FOLLOWS.length());
        }
        asked = asked.startsWith("/ask ") ? asked.substring("/ask ".length()) : asked;
        Intents intents = ANSWERS.intents();
        return intents.best(intents.resolved(intents.parse(asked, context))).name();
    }
}
