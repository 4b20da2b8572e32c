package dev.briefbot.answer;

import java.nio.file.Path;

import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;

/**
 * A frozen copy of the Global Times brief (src/test/resources/global-times) over the project's config/, loaded once
 * for every test of the package: the answers users get, whatever briefs seeds/ gains.
 */
final class ProjectLibrary {

    static final Library LIBRARY = new LibraryLoader().load(
            Path.of("src/test/resources/global-times/seeds"), Path.of("config"));

    /** The nine people the Global Times brief names: an answer the briefs don't back must name none of them. */
    static final String[] PEOPLE = {"Wu Wenyan", "Xia Jun", "Jiang Biyan", "Xu Li", "Guo Zhendong", "Shen Teng",
        "Tian Jiajun", "Zhou Hongyi", "Liu Gang"};

    private ProjectLibrary() {
    }
}
