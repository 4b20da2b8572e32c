package dev.briefbot.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where the console reads and writes. Always UTF-8, so {@code /region 深圳} works whatever the platform locale.
 *
 * @param in  the lines the user types (or pipes in)
 * @param out the replies, and nothing else in the {@code --ask} modes
 */
record Terminal(BufferedReader in, PrintWriter out) {

    /** Standard input and output, looked up when the console starts so that a replaced {@code System.out} is used. */
    static Terminal system() {
        return new Terminal(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    }
}
