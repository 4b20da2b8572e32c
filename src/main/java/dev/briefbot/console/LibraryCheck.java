package dev.briefbot.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import dev.briefbot.brief.BriefbotSettings;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryException;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.brief.Problem;
import dev.briefbot.brief.SetAside;
import dev.briefbot.brief.UnreviewedBrief;

/**
 * {@code --check}: the seeds and config folders checked as the service loads them, without starting it. One line per
 * problem (file, entry, what to fix), a line for each text not yet reviewed, then one line of summary; exit code 0
 * when every brief loads, 1 otherwise.
 */
final class LibraryCheck {

    static final int ALL_WELL = 0;
    static final int PROBLEMS = 1;

    private final PrintStream out;

    LibraryCheck(PrintStream out) {
        this.out = out;
    }

    int run(String... args) {
        LaunchFolders folders = LaunchFolders.of(args);
        List<String> problems = new ArrayList<>(folders.problems());
        Library library = null;
        try {
            new BriefbotSettings(folders.seeds(), folders.config());
            library = new LibraryLoader(setAside -> { }).load(folders.seeds(), folders.config());
        } catch (IllegalArgumentException refused) {
            problems.add(refused.getMessage());
        } catch (LibraryException refused) {
            refused.problems().stream().map(Problem::line).forEach(problems::add);
        }
        if (library != null) {
            library.setAside().stream().map(SetAside::problems).flatMap(List::stream).map(Problem::line)
                    .forEach(problems::add);
        }
        problems.forEach(problem -> out.println(oneLine(problem)));
        if (library != null) {
            library.unreviewed().forEach(text -> out.println(unreviewed(text)));
        }
        out.println(summary(library, problems.size()));
        out.flush();
        return problems.isEmpty() ? ALL_WELL : PROBLEMS;
    }

    private static String unreviewed(UnreviewedBrief text) {
        String facts = text.file().substring(0, text.file().length() - ".txt".length()) + ".yaml";
        return text.file() + ": not yet reviewed (no " + facts + "): it is quoted as it is; draft its facts with "
                + "java -jar briefbot.jar --draft " + text.file() + " > " + facts;
    }

    /** "2 briefs, 19 proposals, 1 set aside", and the texts not yet reviewed where there are any. */
    static String summary(Library library, int problems) {
        if (library == null) {
            return "0 briefs, 0 proposals: not loaded (" + count(problems, "problem") + ")";
        }
        int proposals = library.briefs().stream().mapToInt(brief -> brief.proposals().size()).sum();
        String summary = count(library.briefs().size(), "brief") + ", " + count(proposals, "proposal") + ", "
                + library.setAside().size() + " set aside";
        return library.unreviewed().isEmpty() ? summary : summary + ", " + library.unreviewed().size()
                + " unreviewed";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // one problem, one line: a message's own line breaks would read as several problems
    private static String oneLine(String problem) {
        return problem.replaceAll("\\s*\\R\\s*", " ");
    }
}
