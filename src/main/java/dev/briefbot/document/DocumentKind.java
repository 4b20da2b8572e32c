package dev.briefbot.document;

import java.util.Locale;
import java.util.Optional;

/** The kinds of document whose text the bot can take: by the file name's extension, else by its media type. */
public enum DocumentKind {

    TEXT("a text file"),
    HTML("an HTML page"),
    PDF("a PDF");

    private final String described;

    DocumentKind(String described) {
        this.described = described;
    }

    /** "a PDF", for messages. */
    public String described() {
        return described;
    }

    /** The kind a file name ({@code .txt}, {@code .html}/{@code .htm}, {@code .pdf}) or, without one, a media type says. */
    public static Optional<DocumentKind> of(String fileName, String mediaType) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            return switch (name.substring(dot + 1)) {
                case "txt", "text" -> Optional.of(TEXT);
                case "html", "htm", "xhtml" -> Optional.of(HTML);
                case "pdf" -> Optional.of(PDF);
                default -> Optional.empty();
            };
        }
        String type = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
        return switch (type.replaceFirst(";.*", "")) {
            case "text/plain" -> Optional.of(TEXT);
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            case "application/pdf" -> Optional.of(PDF);
            default -> Optional.empty();
        };
    }
}
