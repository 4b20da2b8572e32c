package dev.briefbot.chat;

/** Text a chat or a terminal can show: control characters dropped, broken UTF-16 replaced, newlines and tabs kept. */
final class Printable {

    private static final char REPLACEMENT = '\uFFFD';

    private Printable() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                printable.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                printable.append(REPLACEMENT);
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                printable.append(c);
            }
        }
        return printable.toString();
    }
}
