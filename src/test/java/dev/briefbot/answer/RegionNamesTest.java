package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;


import dev.briefbot.brief.Library;
import dev.briefbot.brief.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regions by the names people type, over the real gazetteer. */
class RegionNamesTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;

    private final RegionNames names = new RegionNames(LIBRARY.gazetteer());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Shenzhen                 | shenzhen
            BEIJING                  | beijing
            '  shanghai  '           | shanghai
            Guangdong Province       | guangdong
            guang dong               | guangdong
            Shenzhen City            | shenzhen
            深圳                      | shenzhen
            深圳市                    | shenzhen
            广东省                    | guangdong
            Hongkong                 | hong-kong
            hong-kong                | hong-kong
            Peking                   | beijing
            Sichuan.                 | sichuan
            shenzen                  | shenzhen
            Shangai                  | shanghai
            Sichaun                  | sichuan
            the Yangtze River Delta  | yangtze-river-delta
            Qianhai                  | qianhai
            Nanshan District         | nanshan
            南山区                    | nanshan
            Pudong New Area          | pudong
            Xiongan                  | xiongan
            Jilan city               | jinan
            Jilan province           | jilin
            """)
    void shouldFindTheRegionByAnyNameOrWithATypo(String typed, String id) {
        assertThat(names.match(typed).confident()).map(Region::id).contains(id);
    }

    @Test
    void shouldOfferEveryCloseCandidateWhenATypoFitsSeveral() {
        NameMatch<Region> match = names.match("Hunnan");

        assertThat(match.unsure()).isTrue();
        assertThat(match.candidates()).extracting(Region::id).containsExactlyInAnyOrder("hunan", "yunnan");
    }

    @Test
    void shouldOfferPlacesOfOneKindOnlyWhenATypoFitsAProvinceAndACity() {
        NameMatch<Region> match = names.match("Jilan");

        assertThat(match.candidates()).isNotEmpty();
        assertThat(match.candidates()).extracting(region -> region.type().isProvincialLevel())
                .containsOnly(match.candidates().get(0).type().isProvincialLevel());
    }

    @Test
    void shouldNeverOfferAProvinceForANameTypedAsADistrictOrZone() {
        assertThat(names.match("Qinghia zone").candidates()).extracting(Region::id).doesNotContain("qinghai");
        assertThat(names.match("Qianhia zone").confident()).map(Region::id).contains("qianhai");
    }

    @Test
    void shouldForgiveTwoTyposAtMost() {
        assertThat(names.match("Shenzhenxyz").unknown()).isTrue();
        assertThat(names.match("Shenzhenx").confident()).map(Region::id).contains("shenzhen");
    }

    @Test
    void shouldFindNothingForANameFarFromEveryRegion() {
        assertThat(names.match("Atlantis").unknown()).isTrue();
        assertThat(names.match("").unknown()).isTrue();
    }

    @Test
    void shouldFindRegionsNamedInsideASentence() {
        assertThat(names.findIn("What did they say about Shanghai's schools and the Yangtze River Delta?"))
                .extracting(Region::id).containsExactlyInAnyOrder("shanghai", "yangtze-river-delta");
        assertThat(names.findIn("AI in 深圳 please")).extracting(Region::id).containsExactly("shenzhen");
        assertThat(names.findIn("what about shenzen")).extracting(Region::id).containsExactly("shenzhen");
    }

    @Test
    void shouldNotMistakeOrdinaryWordsForRegions() {
        assertThat(names.findIn("who proposed AI robots for human elderly care in the aging society?")).isEmpty();
    }
}
