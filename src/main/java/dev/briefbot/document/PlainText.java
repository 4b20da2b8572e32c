package dev.briefbot.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A text file's article: its UTF-8 text as it is, lines and characters kept; only a byte-order mark is dropped. */
final class PlainText {

    private PlainText() {
    }

    static String read(byte[] content) throws UnreadableDocument {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new UnreadableDocument("is not UTF-8 text; save it as UTF-8 (or send the page as .html or .pdf) "
                    + "and send it again.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableDocument("is not a text file, whatever its name says; send the article as .txt, "
                    + ".html or .pdf.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
