package dev.briefbot.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

import dev.briefbot.answer.Answer;
import dev.briefbot.brief.Drafts;
import dev.briefbot.brief.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operators' documents taken in: from an operator in a private chat, a .txt, .html or .pdf of at most 2 MB
 * becomes the text of an unreviewed brief in the seeds folder ({@link ArticleText}, {@link NewBriefs}), the library
 * is reloaded so the bot answers from it at once, and the draft of its facts ({@code --draft}) goes back to be
 * reviewed. Anyone else, and anything else, is refused politely, and nothing is saved.
 */
public final class DocumentIntake implements DocumentDesk {

    /** Takes the seeds folder in now: empty when the new library is in use, else why it is not. */
    public interface Reload {
        Optional<String> reload();
    }

    static final String NOT_AN_OPERATOR = "Thank you, but only the bot's operators can add briefs by sending a "
            + "document. Ask me about the briefs I have instead: /source lists them.";
    static final String NOT_PRIVATE = "Thank you, but I take documents only in a private chat, and only from the "
            + "bot's operators.";

    private static final Logger log = LoggerFactory.getLogger(DocumentIntake.class);
    private static final int LONGEST_NAME_SHOWN = 60;

    private final NewBriefs briefs;
    private final LongPredicate operators;
    private final Supplier<Gazetteer> gazetteer;
    private final Reload reload;

    /**
     * @param operators whether a user operates the bot
     * @param gazetteer the gazetteer the library answers with now, which the draft reads
     */
    public DocumentIntake(NewBriefs briefs, LongPredicate operators, Supplier<Gazetteer> gazetteer, Reload reload) {
        this.briefs = briefs;
        this.operators = operators;
        this.gazetteer = gazetteer;
        this.reload = reload;
    }

    @Override
    public Optional<Answer> refusal(Offer offer) {
        if (!offer.privateChat()) {
            return Optional.of(Answer.of(NOT_PRIVATE));
        }
        if (!operators.test(offer.senderId())) {
            return Optional.of(Answer.of(NOT_AN_OPERATOR));
        }
        if (DocumentKind.of(offer.fileName(), offer.mediaType()).isEmpty()) {
            return Optional.of(Answer.of("I can read a .txt, .html or .pdf file; " + named(offer)
                    + " is none of them. Send the article in one of those forms."));
        }
        if (offer.declaredSize() != null && offer.declaredSize() > MOST_BYTES) {
            return Optional.of(tooLarge(offer, offer.declaredSize()));
        }
        return Optional.empty();
    }

    @Override
    public Reply take(Offer offer, byte[] content) {
        Optional<Answer> refused = refusal(offer);
        if (refused.isPresent()) {
            return Reply.of(refused.get());
        }
        if (content.length > MOST_BYTES) {
            return Reply.of(tooLarge(offer, (long) content.length));
        }
        DocumentKind kind = DocumentKind.of(offer.fileName(), offer.mediaType()).orElseThrow();
        String text;
        try {
            text = ArticleText.of(kind, content);
        } catch (UnreadableDocument unreadable) {
            log.info("A document from operator {} was not taken ({}): {}", offer.senderId(), kind,
                    unreadable.getMessage());
            return Reply.of(Answer.of(capitalised(named(offer)) + " " + unreadable.getMessage()
                    + " Nothing was saved."));
        }
        NewBriefs.Saved saved;
        try {
            saved = briefs.save(text, offer.fileName());
        } catch (IOException | RuntimeException unwritable) {
            log.error("A document from operator {} could not be saved in the seeds folder ({})", offer.senderId(),
                    unwritable.toString());
            return Reply.of(Answer.of("I could not save " + named(offer) + " in the seeds folder (the server "
                    + "refused to write it; its log says why). Nothing was saved."));
        }
        if (saved.alreadyThere()) {
            return Reply.of(Answer.of("I already have that text, as " + saved.file() + "; nothing new was saved."));
        }
        log.info("Operator {} sent {} ({} bytes): saved as {}", offer.senderId(), kind, content.length,
                saved.file());
        Optional<Attachment> draft = draft(saved, text);
        return new Reply(announce(saved, draft.isPresent()), draft);
    }

    @Override
    public Answer notDownloaded(Offer offer, boolean tooLarge) {
        if (tooLarge) {
            return tooLarge(offer, null);
        }
        return Answer.of("I could not download " + named(offer) + " from Telegram just now; please send it again "
                + "in a moment. Nothing was saved.");
    }

    /** The reload's outcome, told: the bot answers from the new text now, or why it does not yet. */
    private Answer announce(NewBriefs.Saved saved, boolean drafted) {
        String title = saved.title() == null ? saved.id() : saved.title();
        Optional<String> refused;
        try {
            refused = reload.reload();
        } catch (RuntimeException failed) {
            log.error("The library could not be reloaded after {} was saved", saved.file(), failed);
            refused = Optional.of("the reload failed (the log says why); try /reload in a moment.");
        }
        if (refused.isPresent()) {
            return Answer.of("Saved “" + title + "” as " + saved.file() + ", but the library was not reloaded: "
                    + refused.get()).withNotes(finishing(saved, drafted));
        }
        return Answer.of("Saved “" + title + "” as " + saved.file() + ": I answer from its text now, quoting it as not "
                + "yet reviewed.").withNotes(finishing(saved, drafted));
    }

    private static List<String> finishing(NewBriefs.Saved saved, boolean drafted) {
        if (!drafted) {
            return List.of("No draft of its facts could be made here (the log says why): make one with java -jar "
                    + "briefbot.jar --draft " + saved.file() + ", review it, save it as " + saved.id() + ".yaml "
                    + "beside the text, then /reload.");
        }
        return List.of("To finish it: review the attached draft of its facts (each # review: comment, the people, "
                        + "their regions, the topics and summaries), save it as " + saved.id() + ".yaml beside the "
                        + "text, check it with java -jar briefbot.jar --check, then /reload.",
                "The bot also takes the folder in by itself a few seconds after it changes.");
    }

    private Optional<Attachment> draft(NewBriefs.Saved saved, String text) {
        try {
            String yaml = Drafts.yaml(saved.id(), text, gazetteer.get());
            return Optional.of(new Attachment(saved.id() + ".yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException failed) {
            // the text is saved and answers; the draft can be made again with --draft
            log.error("No draft for {}", saved.file(), failed);
            return Optional.empty();
        }
    }

    private static Answer tooLarge(Offer offer, Long bytes) {
        String size = bytes == null ? "larger than 2 MB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        return Answer.of(capitalised(named(offer)) + " is " + size + "; I take documents of at most 2 MB. Send the "
                + "article alone, e.g. as .txt or .html. Nothing was saved.");
    }

    /** The document as its sender knows it: its name, shortened, or "your document". */
    private static String named(Offer offer) {
        String name = offer.fileName() == null ? "" : offer.fileName().strip();
        if (name.isEmpty()) {
            return "your document";
        }
        return name.length() <= LONGEST_NAME_SHOWN ? name : name.substring(0, LONGEST_NAME_SHOWN - 1) + "…";
    }

    private static String capitalised(String text) {
        return text.startsWith("your ") ? "Y" + text.substring(1) : text;
    }
}
