package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The gazetteer's names as texts name them: drafts read prose with it, the search reads questions. */
class PlaceNamesTest {

    private static final PlaceNames NAMES = new PlaceNames(Gazetteer.read(Path.of("config")));

    @Test
    void shouldReadProseAsAnEditorWould() {
        assertThat(NAMES.inProse("In Shenzhen, Xia Jun, a CPPCC member, and Shenzhen's neighbour Hong Kong"))
                .extracting(Region::id).containsExactly("shenzhen", "hong-kong");
        // a lower-case name is an adjective, not a place; a Chinese name is found inside Chinese text
        assertThat(NAMES.inProse("a shanghai-style breakfast")).isEmpty();
        assertThat(NAMES.inProse("在深圳的委员")).extracting(Region::id).containsExactly("shenzhen");
    }

    @Test
    void shouldFindTheLongestNameInAnyCaseWithWhereItStands() {
        String text = "closing the gap with BEIJING-Tianjin-Hebei";

        assertThat(NAMES.find(text)).singleElement().satisfies(found -> {
            assertThat(found.region().id()).isEqualTo("beijing-tianjin-hebei");
            assertThat(text.substring(found.start(), found.end())).isEqualTo("BEIJING-Tianjin-Hebei");
        });
    }

    @Test
    void shouldTellAWholeNameFromAWordThatHoldsOne() {
        assertThat(NAMES.named("Peking")).map(Region::id).contains("beijing");
        assertThat(NAMES.isPlaceWord("Xi'an")).isTrue();
        assertThat(NAMES.isPlaceWord("Shenzhen's")).isFalse();
        assertThat(NAMES.isPlaceWord("Shenzhenese")).isFalse();
    }
}
