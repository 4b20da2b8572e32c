package dev.briefbot.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.LibraryException;
import dev.briefbot.brief.Drafts;

/**
 * {@code --draft seeds/<id>.txt}: the proposed {@code <id>.yaml} on standard output, to be reviewed and saved beside
 * the text. The gazetteer is the one the service would read ({@code briefbot.config-dir}).
 */
final class DraftCommand {

    private final PrintStream out;
    private final PrintStream err;

    DraftCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments, int at) {
        String flag = arguments.get(at);
        String file = flag.startsWith(LibraryTools.DRAFT + "=") ? flag.substring(LibraryTools.DRAFT.length() + 1)
                : at + 1 < arguments.size() ? arguments.get(at + 1) : "";
        if (file.isBlank() || file.startsWith("--")) {
            err.println("briefbot: --draft needs the text of a brief, e.g. --draft seeds/2024-03-05-new.txt");
            return LibraryTools.MISUSED;
        }
        Path text = Path.of(file);
        String name = text.getFileName().toString();
        if (!name.endsWith(".txt")) {
            err.println("briefbot: --draft reads a brief's text, <id>.txt; " + file + " is not one");
            return LibraryTools.MISUSED;
        }
        String article;
        try {
            article = Files.readString(text);
        } catch (CharacterCodingException e) {
            err.println("briefbot: " + file + " is not UTF-8 text; save it as UTF-8");
            return 1;
        } catch (IOException e) {
            err.println("briefbot: " + file + " cannot be read (" + e.getMessage() + ")");
            return 1;
        }
        if (article.isBlank()) {
            err.println("briefbot: " + file + " is empty; paste the article into it");
            return 1;
        }
        Gazetteer gazetteer;
        try {
            gazetteer = Gazetteer.read(LaunchFolders.of(arguments.toArray(String[]::new)).config());
        } catch (LibraryException refused) {
            err.println("briefbot: the gazetteer cannot be read: " + refused.getMessage());
            return 1;
        }
        out.print(Drafts.yaml(name.substring(0, name.length() - ".txt".length()), article, gazetteer));
        out.flush();
        return 0;
    }
}
