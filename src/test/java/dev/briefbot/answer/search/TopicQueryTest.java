package dev.briefbot.answer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** How a question becomes the concepts the search must find: question words out, synonyms in, one concept a word. */
class TopicQueryTest {

    private static final String RULES = """
            # comment
            old people, seniors => elderly
            TCM => traditional Chinese medicine
            round the clock => 24 hours a day
            AI, artificial intelligence
            """;

    private final Analyzer questions = SearchAnalyzer.forQuery(SearchAnalyzer.synonyms(RULES));

    @Test
    void shouldDropTheQuestionWordsAndTheWordsEveryEntryShares() {
        assertThat(alternatives("who proposed AI development for elderly care?"))
                .containsExactly(List.of(List.of("elderli")), List.of(List.of("care")));
    }

    @Test
    void shouldReadAnEverydayPhraseAsTheBriefsWord() {
        assertThat(alternatives("robots for old people")).containsExactly(
                List.of(List.of("robot")), List.of(List.of("elderli")));
    }

    @Test
    void shouldCountAOneWordSynonymWithALongerMeaningAsOneConcept() {
        assertThat(alternatives("TCM")).containsExactly(List.of(List.of("tradit", "chines", "medicin")));
    }

    @Test
    void shouldMatchARuleWithLittleWordsAcrossHyphens() {
        assertThat(alternatives("round-the-clock")).containsExactly(List.of(List.of("24", "hour", "dai")));
    }

    @Test
    void shouldSkipARuleMadeOnlyOfQuestionWordsInsteadOfFailing() {
        assertThat(TopicQuery.parse(questions, "artificial intelligence").isEmpty()).isTrue();
    }

    @Test
    void shouldRequireEveryConceptOfAShortQuestionAndMostOfALongOne() {
        assertThat(TopicQuery.parse(questions, "housing prices").required()).isEqualTo(2);
        assertThat(TopicQuery.parse(questions, "quantum computing research").required()).isEqualTo(2);
        assertThat(TopicQuery.parse(questions, "robots helping seniors with meals and mobility").required())
                .isEqualTo(3);
    }

    @Test
    void shouldTreatAGenericWordAloneAsNoEvidence() {
        assertThat(TopicQuery.parse(questions, "research policy").strong()).isEmpty();
        assertThat(TopicQuery.parse(questions, "quantum research").strong()).hasSize(1);
    }

    @Test
    void shouldCapTheConceptsOfAFlood() {
        String flood = String.join(" ", java.util.stream.IntStream.range(0, 400).mapToObj(i -> "word" + i).toList());

        assertThat(TopicQuery.parse(questions, flood).concepts()).hasSize(TopicQuery.MAX_CONCEPTS);
    }

    private List<List<List<String>>> alternatives(String question) {
        return TopicQuery.parse(questions, question).concepts().stream().map(TopicQuery.Concept::alternatives).toList();
    }
}
