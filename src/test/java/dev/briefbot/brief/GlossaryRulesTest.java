package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/glossary.txt is optional, but a line in it that cannot be read stops the load with its line number. */
class GlossaryRulesTest {

    private static final String GLOSSARY = "config/glossary.txt";

    @TempDir
    Path folder;

    private LibraryFixture library;

    @BeforeEach
    void copyTheSample() {
        library = new LibraryFixture(folder);
    }

    @Test
    void shouldLoadWithoutAGlossary() {
        assertThat(library.load().glossary()).isEmpty();
    }

    @Test
    void shouldCarryTheGlossaryAsWritten() {
        String text = "# Chinese => English\n机器人, 机械人 => robots\n\n谁 => who\n";
        library.write(GLOSSARY, text);

        assertThat(library.load().glossary()).isEqualTo(text);
    }

    @Test
    void shouldRefuseALineWithoutAnArrowWithItsNumber() {
        library.write(GLOSSARY, "# comment\n机器人 => robots\n教育 education\n");

        assertThat(library.refusal()).contains(GLOSSARY, "line 3", "\"教育 education\"", "has no =>",
                "'机器人, 机械人 => robots'");
    }

    @Test
    void shouldRefuseChineseWhereTheEnglishBelongs() {
        library.write(GLOSSARY, "教育 => 教育\n");

        assertThat(library.refusal()).contains("line 1", "has Chinese after =>");
    }

    @Test
    void shouldRefuseAWordWithoutChineseBeforeTheArrow() {
        library.write(GLOSSARY, "robots => robots\n");

        assertThat(library.refusal()).contains("line 1", "\"robots\" before =>, which holds no Chinese character");
    }

    @Test
    void shouldRefuseAWordMappedTwiceNamingBothLines() {
        library.write(GLOSSARY, "机器人 => robots\n# more\n老人, 机器人 => machines\n");

        assertThat(library.refusal()).contains("line 3", "maps 机器人 again (line 1 maps it already)");
    }

    @Test
    void shouldRefuseAnEmptyEnglishSide() {
        library.write(GLOSSARY, "机器人 =>   \n");

        assertThat(library.refusal()).contains("line 1", "has no English after =>");
    }
}
