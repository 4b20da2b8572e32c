package dev.briefbot.brief;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A setting naming a folder that must exist and be read, so a wrong path stops start-up with a message naming the
 * property and the absolute path looked at (relative paths are taken from the working directory).
 */
final class ReadableFolder {

    private ReadableFolder() {
    }

    /** Throws, naming {@code property}, what it should hold and the problem, unless {@code folder} can be read. */
    static void check(String property, Path folder, String holds) {
        String problem = folder == null ? "none is set" : problem(folder.toAbsolutePath().normalize());
        if (problem != null) {
            throw new IllegalArgumentException(property + ": must be a readable folder of " + holds + "; " + problem);
        }
    }

    private static String problem(Path folder) {
        if (Files.isRegularFile(folder)) {
            return folder + " is a file";
        }
        if (!Files.isDirectory(folder)) {
            return folder + " does not exist";
        }
        return Files.isReadable(folder) && Files.isExecutable(folder) ? null : folder + " cannot be read by this user";
    }
}
