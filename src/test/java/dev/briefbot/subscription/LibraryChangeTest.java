package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.briefbot.answer.ProposalFact;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.UnreviewedBrief;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new library version brings over the old one, and the fingerprint a restart compares. */
class LibraryChangeTest {

    private static final Library OLD = LibraryVersions.projectSeeds();

    @Test
    void shouldBringTheNewBriefWithEveryProposalInIt(@TempDir Path seeds) {
        LibraryChange change = LibraryChange.between(OLD, LibraryVersions.withNewBrief(seeds));

        assertThat(change.newBriefs()).extracting(Brief::id).containsExactly(LibraryVersions.NEW_BRIEF);
        assertThat(ids(change)).containsExactly("li-mei-chip-fund", "zhao-lin-care-companions");
        assertThat(change.briefs()).isEqualTo(2);
        assertThat(change.bringsNothing()).isFalse();
    }

    @Test
    void shouldBringNothingWhenTheSeedsAreLoadedAgainUnchanged() {
        Library restarted = LibraryVersions.projectSeeds();

        LibraryChange change = LibraryChange.between(OLD, restarted);

        assertThat(change.bringsNothing()).isTrue();
        assertThat(change.newBriefs()).isEmpty();
        assertThat(change.fingerprint()).isEqualTo(LibraryChange.fingerprint(OLD)).hasSize(64);
    }

    @Test
    void shouldBringNothingFromATextNotYetReviewedAndTheBriefOnceItsFactsArrive(@TempDir Path seeds)
            throws IOException {
        LibraryVersions.withNewBrief(seeds);
        Files.delete(seeds.resolve(LibraryVersions.NEW_BRIEF + ".yaml"));
        Library withText = new LibraryLoader().load(seeds, LibraryVersions.CONFIG);
        assertThat(withText.unreviewed()).extracting(UnreviewedBrief::id).containsExactly(LibraryVersions.NEW_BRIEF);

        LibraryChange unreviewed = LibraryChange.between(OLD, withText);

        assertThat(unreviewed.bringsNothing()).isTrue();
        assertThat(unreviewed.newBriefs()).isEmpty();
        assertThat(unreviewed.fingerprint()).isEqualTo(LibraryChange.fingerprint(OLD));
        assertThat(LibraryChange.between(withText, LibraryVersions.withNewBrief(seeds)).newBriefs())
                .extracting(Brief::id).containsExactly(LibraryVersions.NEW_BRIEF);
    }

    @Test
    void shouldChangeTheFingerprintWhenABriefArrives(@TempDir Path seeds) {
        assertThat(LibraryChange.fingerprint(LibraryVersions.withNewBrief(seeds)))
                .isNotEqualTo(LibraryChange.fingerprint(OLD));
    }

    @Test
    void shouldBringOnlyTheProposalAddedToAnEditedBrief() {
        Library edited = LibraryVersions.edited(OLD, brief -> {
            List<Proposal> proposals = new ArrayList<>(brief.proposals());
            proposals.add(LibraryVersions.proposal("wu-wenyan-care-standards", proposals.get(0), "Care standards."));
            return LibraryVersions.withProposals(brief, proposals);
        });

        LibraryChange change = LibraryChange.between(OLD, edited);

        assertThat(change.newBriefs()).isEmpty();
        assertThat(ids(change)).containsExactly("wu-wenyan-care-standards");
    }

    @Test
    void shouldBringNothingFromAnEditThatAddsNoProposal() {
        Library edited = LibraryVersions.edited(OLD, brief -> LibraryVersions.withProposals(brief,
                brief.proposals().stream()
                        .map(proposal -> LibraryVersions.proposal(proposal.id(), proposal, "A typo fixed."))
                        .toList()));

        LibraryChange change = LibraryChange.between(OLD, edited);

        assertThat(change.bringsNothing()).isTrue();
        assertThat(change.fingerprint()).isEqualTo(LibraryChange.fingerprint(OLD));
    }

    @Test
    void shouldCountABriefUnderANewIdAsNew() {
        Library renamed = LibraryVersions.edited(OLD, brief -> LibraryVersions.renamed(brief, brief.id() + "-v2"));

        LibraryChange change = LibraryChange.between(OLD, renamed);

        assertThat(change.newBriefs()).hasSize(1);
        assertThat(change.newProposals()).hasSameSizeAs(OLD.briefs().get(0).proposals());
    }

    @Test
    void shouldHoldTheIdOfEveryBriefAndOfEachOfItsProposals() {
        Brief brief = OLD.briefs().get(0);

        assertThat(LibraryChange.ids(OLD)).hasSize(1 + brief.proposals().size())
                .contains(brief.id(), brief.id() + "/" + brief.proposals().get(0).id());
    }

    @Test
    void shouldBringOverTheRecordedIdsOfAVersionWhatItBringsOverThatVersion(@TempDir Path seeds) {
        Library current = LibraryVersions.withNewBrief(seeds);

        LibraryChange sinceRecorded = LibraryChange.since(LibraryChange.ids(OLD), current);

        assertThat(sinceRecorded).isEqualTo(LibraryChange.between(OLD, current));
        assertThat(sinceRecorded.ids()).isEqualTo(LibraryChange.ids(current));
        assertThat(ids(sinceRecorded)).containsExactly("li-mei-chip-fund", "zhao-lin-care-companions");
    }

    @Test
    void shouldBringNothingWhenTakenInAsItIs(@TempDir Path seeds) {
        Library current = LibraryVersions.withNewBrief(seeds);

        LibraryChange firstBoot = LibraryChange.nothingNew(current);

        assertThat(firstBoot.bringsNothing()).isTrue();
        assertThat(firstBoot.fingerprint()).isEqualTo(LibraryChange.fingerprint(current));
        assertThat(firstBoot.briefs()).isEqualTo(2);
    }

    private static List<String> ids(LibraryChange change) {
        return change.newProposals().stream().map(ProposalFact::proposal).map(Proposal::id).toList();
    }
}
