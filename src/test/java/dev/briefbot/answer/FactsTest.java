package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.briefbot.brief.Library;
import dev.briefbot.brief.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexes of {@link Facts} answer as reading every proposal would: the same entries, once, in brief order. */
class FactsTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;

    private final Facts facts = new Facts(LIBRARY);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"guangdong", "shenzhen", "shanghai", "beijing", "shandong", "sichuan", "yangtze-river-delta"})
    void shouldFindEveryProposalOfARegionAndItsCitiesOnceInBriefOrder(String id) {
        Set<String> ids = withCities(id);

        List<ProposalFact> read = facts.proposals().stream()
                .filter(fact -> fact.proposal().regions().stream().anyMatch(ids::contains))
                .toList();
        List<Facts.ContextFact> said = facts.context().stream()
                .filter(fact -> fact.context().regions().stream().anyMatch(ids::contains))
                .toList();

        assertThat(facts.proposalsAboutAny(ids)).isEqualTo(read);
        assertThat(facts.contextAboutAny(ids)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Xu Li", "Wu Wenyan", "Xia Jun"})
    void shouldFindEveryProposalOfAPersonInBriefOrder(String name) {
        Facts.PersonFact person = facts.people().stream()
                .filter(fact -> fact.person().name().equals(name)).findFirst().orElseThrow();

        assertThat(facts.proposalsBy(person.person())).isNotEmpty().isEqualTo(facts.proposals().stream()
                .filter(fact -> fact.person().id().equals(person.person().id())).toList());
    }

    private Set<String> withCities(String id) {
        Set<String> ids = new LinkedHashSet<>(List.of(id));
        LIBRARY.gazetteer().regions().stream()
                .filter(region -> region.type() == Region.Type.CITY && id.equals(region.province()))
                .forEach(city -> ids.add(city.id()));
        return ids;
    }
}
