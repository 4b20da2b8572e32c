package dev.briefbot.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.briefbot.answer.Facts;
import dev.briefbot.answer.ProposalFact;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.Proposal;

/**
 * What a new library version brings that subscribers may hear of: the briefs whose id is new, and the proposals whose
 * brief is new or whose id was not in the old version of their brief. Statements count as well as proposals: both are
 * entries of a brief's {@code proposals}, and {@code /region} and {@code /who} show both. An edited brief whose
 * proposals all existed brings nothing, whatever else changed in it.
 *
 * @param fingerprint  of the new library, for {@link OutboxStore#recordVersion}
 * @param briefs       how many briefs the new library holds
 * @param newBriefs    the briefs the old library did not have, in library order
 * @param newProposals the proposals it did not have, in library order
 */
public record LibraryChange(String fingerprint, int briefs, List<Brief> newBriefs, List<ProposalFact> newProposals) {

    public LibraryChange {
        newBriefs = List.copyOf(newBriefs);
        newProposals = List.copyOf(newProposals);
    }

    /** What {@code current} brings over {@code old}. */
    public static LibraryChange between(Library old, Library current) {
        Map<String, Set<String>> known = proposalIdsByBrief(old);
        List<Brief> newBriefs = current.briefs().stream().filter(brief -> !known.containsKey(brief.id())).toList();
        List<ProposalFact> newProposals = new Facts(current).proposals().stream()
                .filter(fact -> !known.getOrDefault(fact.brief().id(), Set.of()).contains(fact.proposal().id()))
                .toList();
        return new LibraryChange(fingerprint(current), current.briefs().size(), newBriefs, newProposals);
    }

    /** Whether the version brings nothing to announce: no notification follows from it. */
    public boolean bringsNothing() {
        return newProposals.isEmpty();
    }

    /**
     * SHA-256 (hex) over the ids of the briefs and their proposals, in sorted order: exactly what decides what is new,
     * so the same seeds give the same fingerprint after a restart, whatever order the files were read in, and an edit
     * that adds no brief or proposal (a typo fixed) does not count as a new version. Fits library_version.fingerprint.
     */
    public static String fingerprint(Library library) {
        Set<String> ids = new TreeSet<>();
        for (Brief brief : library.briefs()) {
            ids.add(brief.id());
            brief.proposals().forEach(proposal -> ids.add(brief.id() + "/" + proposal.id()));
        }
        return sha256(String.join("\n", ids));
    }

    private static Map<String, Set<String>> proposalIdsByBrief(Library library) {
        return library.briefs().stream().collect(Collectors.toMap(Brief::id,
                brief -> brief.proposals().stream().map(Proposal::id).collect(Collectors.toSet()),
                (first, second) -> first));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
