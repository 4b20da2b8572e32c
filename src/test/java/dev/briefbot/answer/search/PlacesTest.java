package dev.briefbot.answer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.briefbot.brief.Gazetteer;
import org.junit.jupiter.api.Test;

/** Which places a question names, read as names: whole words, the longest first. */
class PlacesTest {

    private static final Places PLACES = new Places(Gazetteer.read(Path.of("config")), List.of());

    @Test
    void shouldReadNamesAliasesAndPossessivesAsWholeWordsInAnyCase() {
        assertThat(PLACES.named("what did Tianjin's deputies propose?")).containsExactly("tianjin");
        assertThat(PLACES.named("any news from PEKING")).containsExactly("beijing");
        assertThat(PLACES.named("what about Xi'an?")).containsExactly("xian");
        assertThat(PLACES.named("Shanghainese food and Hebeian customs")).isEmpty();
    }

    @Test
    void shouldTakeTheLongestNameAndACluster() {
        // the cluster, with its members, not three places read one by one
        assertThat(PLACES.named("how can Shenzhen close the gap with Beijing-Tianjin-Hebei?"))
                .containsExactlyInAnyOrder("shenzhen", "beijing-tianjin-hebei", "beijing", "tianjin", "hebei");
        assertThat(PLACES.named("the Yangtze River Delta")).contains("shanghai", "jiangsu", "zhejiang", "anhui");
    }

    @Test
    void shouldLeaveTheRestOfTheQuestionAsItWas() {
        assertThat(PLACES.without("who in Hong Kong talked about talent?")).isEqualTo("who in   talked about talent?");
        assertThat(PLACES.without("who talked about talent?")).isEqualTo("who talked about talent?");
    }
}
