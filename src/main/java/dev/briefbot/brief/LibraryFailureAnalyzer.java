package dev.briefbot.brief;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused seed or config file into Boot's short start-up report instead of a wall of stack trace. */
class LibraryFailureAnalyzer extends AbstractFailureAnalyzer<LibraryException> {

    static final String ACTION =
            "Fix the file named above, or point briefbot.seeds-dir / briefbot.config-dir elsewhere.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LibraryException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}
