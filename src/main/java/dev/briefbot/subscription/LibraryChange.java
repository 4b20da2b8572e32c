package dev.briefbot.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.briefbot.answer.Facts;
import dev.briefbot.answer.ProposalFact;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;

/**
 * What a new library version brings that subscribers may hear of: the briefs whose id is new, and the proposals whose
 * brief is new or whose id was not in the old version of their brief. Statements count as well as proposals: both are
 * entries of a brief's {@code proposals}, and {@code /region} and {@code /who} show both. An edited brief whose
 * proposals all existed brings nothing, whatever else changed in it. A text not yet reviewed ({@link
 * Library#unreviewed()}) is no brief here: it brings nothing until its facts arrive, and then it is a new brief.
 * <p>
 * A version is known by its {@link #ids}: the old one may be a library in memory or what the outbox recorded before a
 * stop, and the same comparison serves both.
 *
 * @param fingerprint  of the new library, for {@link OutboxStore#recordVersion}
 * @param briefs       how many briefs the new library holds
 * @param ids          what the new library holds, as {@link #ids(Library)} gives it: recorded with the version
 * @param newBriefs    the briefs the old library did not have, in library order
 * @param newProposals the proposals it did not have, in library order
 */
public record LibraryChange(String fingerprint, int briefs, SortedSet<String> ids, List<Brief> newBriefs,
        List<ProposalFact> newProposals) {

    public LibraryChange {
        ids = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
        newBriefs = List.copyOf(newBriefs);
        newProposals = List.copyOf(newProposals);
    }

    /** What {@code current} brings over {@code old}. */
    public static LibraryChange between(Library old, Library current) {
        return since(ids(old), current);
    }

    /** What {@code current} brings over the version that held {@code oldIds} (see {@link #ids(Library)}). */
    public static LibraryChange since(Set<String> oldIds, Library current) {
        List<Brief> newBriefs = current.briefs().stream().filter(brief -> !oldIds.contains(brief.id())).toList();
        List<ProposalFact> newProposals = new Facts(current).proposals().stream()
                .filter(fact -> !oldIds.contains(id(fact.brief(), fact.proposal().id())))
                .toList();
        SortedSet<String> ids = ids(current);
        return new LibraryChange(fingerprint(ids), current.briefs().size(), ids, newBriefs, newProposals);
    }

    /** The library taken in as it is, bringing nothing: what a first boot records. */
    public static LibraryChange nothingNew(Library current) {
        return since(ids(current), current);
    }

    /** Whether the version brings nothing to announce: no notification follows from it. */
    public boolean bringsNothing() {
        return newProposals.isEmpty();
    }

    /**
     * Exactly what decides what is new: the id of every brief, and {@code brief-id/proposal-id} for each of its
     * proposals and statements (ids are slugs, so "/" cannot occur in them), sorted.
     */
    public static SortedSet<String> ids(Library library) {
        SortedSet<String> ids = new TreeSet<>();
        for (Brief brief : library.briefs()) {
            ids.add(brief.id());
            brief.proposals().forEach(proposal -> ids.add(id(brief, proposal.id())));
        }
        return ids;
    }

    /**
     * SHA-256 (hex) over the {@link #ids(Library) ids}, in sorted order: the same seeds give the same fingerprint after
     * a restart, whatever order the files were read in, and an edit that adds no brief or proposal (a typo fixed) does
     * not count as a new version. Fits library_version.fingerprint.
     */
    public static String fingerprint(Library library) {
        return fingerprint(ids(library));
    }

    private static String fingerprint(SortedSet<String> ids) {
        return sha256(String.join("\n", ids));
    }

    private static String id(Brief brief, String proposalId) {
        return brief.id() + "/" + proposalId;
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
