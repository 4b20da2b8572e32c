package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The project's own seeds/ and config/, as the service loads them at start-up from the project folder. */
class ProjectLibraryTest {

    private static final String GLOBAL_TIMES = "2024-01-28-global-times-ai-growth";

    private final Library library = new LibraryLoader().load(Path.of("seeds"), Path.of("config"));

    @Test
    void shouldLoadTheGlobalTimesBriefAsPublished() {
        assertThat(library.briefs()).extracting(Brief::id).contains(GLOBAL_TIMES);
        Brief brief = brief();
        assertThat(brief.publisher()).isEqualTo("Global Times");
        assertThat(brief.published()).isEqualTo(Published.at(LocalDateTime.of(2024, 1, 28, 20, 50)));
        assertThat(brief.proposals()).isNotEmpty();
    }

    @Test
    void shouldRankBeijingFirstAndHunanTenth() {
        assertThat(brief().rankings()).singleElement().satisfies(ranking -> {
            assertThat(ranking.entries()).hasSize(10);
            assertThat(ranking.entryAt(1)).map(Ranking.Entry::region).contains("beijing");
            assertThat(ranking.entryAt(10)).map(Ranking.Entry::region).contains("hunan");
        });
    }

    @Test
    void shouldPlaceShenzhenInGuangdong() {
        Gazetteer gazetteer = library.gazetteer();

        assertThat(gazetteer.regions()).filteredOn(region -> region.type().isProvincialLevel()).hasSize(34);
        assertThat(gazetteer.provinceOf(gazetteer.get("shenzhen"))).map(Region::id).contains("guangdong");
    }

    @Test
    void shouldTieWuWenyansElderlyCareProposalToBeijing() {
        assertThat(brief().proposals())
                .filteredOn(proposal -> proposal.person().equals("wu-wenyan"))
                .anySatisfy(proposal -> {
                    assertThat(proposal.regions()).contains("beijing");
                    assertThat(String.join(" ", proposal.quotes())).contains("elderly care");
                });
    }

    private Brief brief() {
        return library.briefs().stream().filter(brief -> brief.id().equals(GLOBAL_TIMES)).findFirst().orElseThrow();
    }
}
