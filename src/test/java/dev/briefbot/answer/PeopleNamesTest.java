package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;


import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** People by the names people type: full, reversed, with a typo, a unique surname, or their organisation. */
class PeopleNamesTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;

    private final PeopleNames names = new PeopleNames(new Facts(LIBRARY).people(), LIBRARY.gazetteer());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Wu Wenyan     | Wu Wenyan
            wu wenyan     | Wu Wenyan
            Wenyan Wu     | Wu Wenyan
            Wu Wenyen     | Wu Wenyan
            Wu            | Wu Wenyan
            xu li         | Xu Li
            Zhou Hongyi   | Zhou Hongyi
            Zhou          | Zhou Hongyi
            SenseTime     | Xu Li
            Nankai        | Liu Gang
            360           | Zhou Hongyi
            Dr. Liu Gang  | Liu Gang
            """)
    void shouldFindThePersonMeant(String typed, String name) {
        assertThat(names.match(typed).confident()).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xi Jinping", "Zhang Wei", "shenzen", "Beijing", "Li", "Xu Lin Feng", "Chairman"})
    void shouldNameNobodyForANameTheBriefsDoNotHave(String typed) {
        assertThat(names.match(typed).confident()).isEmpty();
    }

    @Test
    void shouldAskWhichOneWhenANameFitsSeveralPeople() {
        NameMatch<String> match = names.match("CPPCC member");

        assertThat(match.unsure()).isTrue();
        assertThat(match.candidates()).contains("Xia Jun", "Shen Teng");
    }

    @Test
    void shouldFindPeopleNamedInsideASentence() {
        assertThat(names.findIn("What did Xu Li say about large models?")).containsExactly("Xu Li");
        assertThat(names.findIn("tell me about the CEO of SenseTime")).containsExactly("Xu Li");
        assertThat(names.findIn("who proposed AI robots for elderly care in Beijing?")).isEmpty();
    }
}
