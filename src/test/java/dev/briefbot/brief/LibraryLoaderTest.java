package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoaderTest {

    private static final String WU_PROPOSAL = "proposal 'wu-wenyan-elderly-care-robots'";
    private static final String XIA_PROPOSAL = "proposal 'xia-jun-medicine'";
    private static final String RANKING = "ranking 'sample-ranking'";

    @TempDir
    Path folder;

    private LibraryFixture library;

    @BeforeEach
    void copySample() {
        library = new LibraryFixture(folder);
    }

    @Nested
    class AValidLibrary {

        @Test
        void shouldLoadTheBriefWithItsFactsAndText() {
            Library loaded = library.load();

            assertThat(loaded.briefs()).singleElement().satisfies(brief -> {
                assertThat(brief.id()).isEqualTo(LibraryFixture.BRIEF);
                assertThat(brief.title()).isEqualTo("Lawmakers brainstorm AI growth");
                assertThat(brief.published()).isEqualTo(Published.at(LocalDateTime.of(2024, 1, 28, 20, 50)));
                assertThat(brief.text()).isEqualTo(library.read(LibraryFixture.TEXT));
                assertThat(brief.person("wu-wenyan").region()).isEqualTo("beijing");
                assertThat(brief.proposals()).extracting(Proposal::id, Proposal::kind).containsExactly(
                        tuple("wu-wenyan-elderly-care-robots", Proposal.Kind.PROPOSAL),
                        tuple("xia-jun-medicine", Proposal.Kind.STATEMENT));
                assertThat(brief.rankings()).singleElement().satisfies(ranking -> {
                    assertThat(ranking.released()).isEqualTo(YearMonth.of(2023, 5));
                    assertThat(ranking.entryAt(2)).map(Ranking.Entry::region).contains("guangdong");
                });
            });
        }

        @Test
        void shouldReadTheGazetteerWithCitiesAndClusters() {
            Gazetteer gazetteer = library.load().gazetteer();

            assertThat(gazetteer.regions()).filteredOn(region -> region.type().isProvincialLevel()).hasSize(34);
            assertThat(gazetteer.get("macao").type()).isEqualTo(Region.Type.SAR);
            assertThat(gazetteer.get("inner-mongolia").type()).isEqualTo(Region.Type.AUTONOMOUS_REGION);
            assertThat(gazetteer.provinceOf(gazetteer.get("shenzhen"))).map(Region::id).contains("guangdong");
            assertThat(gazetteer.get("yangtze-river-delta").members()).contains("shanghai", "anhui");
            assertThat(gazetteer.get("shenzhen").chineseName()).isEqualTo("深圳");
        }

        @Test
        void shouldKeepTheSynonymRulesAsWritten() {
            assertThat(library.load().synonyms()).isEqualTo(library.read(LibraryFixture.SYNONYMS));
        }

        @Test
        void shouldAcceptAQuoteThatCrossesANoBreakSpaceInTheText() {
            assertThat(library.read(LibraryFixture.TEXT)).contains("elderly\u00A0care");

            assertThat(library.load().briefs().get(0).proposals().get(0).quotes())
                    .containsExactly(
                            "submitted a proposal on the application of AI robots in the field of elderly care");
        }

        @Test
        void shouldAcceptAQuoteWithNarrowAndFigureSpacesWhereTheTextBreaksTheLine() {
            library.edit(LibraryFixture.FACTS, "balance of cost and utility", "balance of\u202Fcost\u2007 and utility");

            assertThat(library.load().briefs()).hasSize(1);
        }

        @Test
        void shouldKeepADateAloneApartFromATime() {
            library.edit(LibraryFixture.FACTS, "published: 2024-01-28T20:50", "published: 2024-01-28");

            Brief brief = library.load().briefs().get(0);

            assertThat(brief.published().dateOnly()).isTrue();
            assertThat(brief.published().date()).isEqualTo(LocalDate.of(2024, 1, 28));
            assertThat(brief.published()).hasToString("2024-01-28");
            assertThat(brief.source().date()).isEqualTo(LocalDate.of(2024, 1, 28));
        }

        @Test
        void shouldKeepThePrintedTime() {
            Published published = library.load().briefs().get(0).published();

            assertThat(published.time()).contains(LocalTime.of(20, 50));
            assertThat(published).hasToString("2024-01-28T20:50");
        }

        @Test
        void shouldReadTheArticlesAddressAndAPersonsChineseName() {
            library.edit(LibraryFixture.FACTS, "section: CHINA / POLITICS\n",
                            "section: CHINA / POLITICS\nurl: https://news.example.org/2024/01/28/ai-growth.html\n")
                    .edit(LibraryFixture.FACTS, "    name: Wu Wenyan\n", "    name: Wu Wenyan\n    chinese: 吴文燕\n");

            Brief brief = library.load().briefs().get(0);

            assertThat(brief.url()).isEqualTo("https://news.example.org/2024/01/28/ai-growth.html");
            assertThat(brief.person("wu-wenyan").chinese()).isEqualTo("吴文燕");
            assertThat(brief.person("xia-jun").chinese()).isNull();
        }

        @Test
        void shouldLeaveTheAddressOutWhereTheSeedGivesNone() {
            assertThat(library.load().briefs().get(0).url()).isNull();
        }

        @Test
        void shouldLoadABriefThatReportsNoRankingAndNoContext() {
            String facts = library.read(LibraryFixture.FACTS);
            library.write(LibraryFixture.FACTS, facts.substring(0, facts.indexOf("\nrankings:") + 1));

            assertThat(library.load().briefs()).singleElement().satisfies(brief -> {
                assertThat(brief.rankings()).isEmpty();
                assertThat(brief.proposals()).hasSize(2);
            });
        }

        @Test
        void shouldOrderBriefsByPublicationTimeThenId() {
            library.write("seeds/b-earlier.yaml", library.read(LibraryFixture.FACTS).replace("2024-01-28T20:50",
                            "2023-12-01T08:00"))
                    .write("seeds/b-earlier.txt", library.read(LibraryFixture.TEXT))
                    .write("seeds/z-same-time.yaml", library.read(LibraryFixture.FACTS))
                    .write("seeds/z-same-time.txt", library.read(LibraryFixture.TEXT));

            assertThat(library.load().briefs()).extracting(Brief::id)
                    .containsExactly("b-earlier", LibraryFixture.BRIEF, "z-same-time");
        }

        @Test
        void shouldIgnoreFilesThatAreNotBriefs() {
            library.write("seeds/README.md", "how to add a brief").write("seeds/.DS_Store", "");

            assertThat(library.load().briefs()).hasSize(1);
        }
    }

    @Nested
    class ABrokenBrief {

        @Test
        void shouldRefuseAMisspeltKeyNamingTheEntryAndTheLine() {
            library.edit(LibraryFixture.FACTS, "    summary: AI robots", "    sumary: AI robots");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, WU_PROPOSAL, "unknown key 'sumary'",
                    "(line 25)", "summary", "Fix the spelling");
        }

        @Test
        void shouldRefuseAMissingRequiredValue() {
            library.edit(LibraryFixture.FACTS, "    summary: AI robots that serve the elderly in Beijing.\n", "");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, WU_PROPOSAL, "'summary' is missing");
        }

        @Test
        void shouldRefuseAMissingPublicationTime() {
            library.edit(LibraryFixture.FACTS, "published: 2024-01-28T20:50\n", "");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, "'published' is missing");
        }

        @Test
        void shouldRefuseAPublicationDateThatIsNotADate() {
            library.edit(LibraryFixture.FACTS, "published: 2024-01-28T20:50", "published: Jan 28, 2024");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, "published 'Jan 28, 2024' is not a date like "
                    + "2024-01-28 or a date and time like 2024-01-28T20:50");
        }

        @Test
        void shouldRefuseAnUnknownKind() {
            library.edit(LibraryFixture.FACTS, "kind: statement", "kind: suggestion");

            assertThat(library.refusal()).contains(XIA_PROPOSAL, "kind 'suggestion' is unknown",
                    "use proposal or statement");
        }

        @Test
        void shouldRefuseTwoProposalsWithOneId() {
            library.edit(LibraryFixture.FACTS, "id: xia-jun-medicine", "id: wu-wenyan-elderly-care-robots");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, WU_PROPOSAL, "the id is used twice",
                    "give each proposal its own id");
        }

        @Test
        void shouldRefuseAProposalByAPersonTheBriefDoesNotName() {
            library.edit(LibraryFixture.FACTS, "person: xia-jun", "person: xia-jon");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, XIA_PROPOSAL,
                    "person 'xia-jon' is not among this brief's people", "did you mean 'xia-jun'?");
        }

        @Test
        void shouldRefuseARegionTheGazetteerDoesNotHave() {
            library.edit(LibraryFixture.FACTS, "regions: [shenzhen]", "regions: [shenzen]");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, XIA_PROPOSAL, "region 'shenzen' is not in",
                    LibraryFixture.REGIONS, "did you mean 'shenzhen'?");
        }

        @Test
        void shouldRefuseAQuoteThatIsNotInTheTextShowingWhereItDiverges() {
            library.edit(LibraryFixture.FACTS, "AI robots in the field of elderly care",
                    "AI robots in the area of elderly care");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, WU_PROPOSAL,
                    "quote 1 does not occur in ", LibraryFixture.TEXT,
                    "\"submitted a proposal on the application of AI robots in the …\"",
                    "then reads \"field of elderly care.", "where the quote has \"area of elderly care\"",
                    "Copy the quote verbatim from the text.");
        }

        @Test
        void shouldRefuseAQuoteThatDiffersOnlyInCase() {
            library.edit(LibraryFixture.FACTS, "\"top 3 provincial", "\"Top 3 provincial");

            assertThat(library.refusal()).contains(RANKING, "quote 1 does not occur in");
        }

        @Test
        void shouldRefuseARankingWithAGapInItsPositions() {
            library.edit(LibraryFixture.FACTS, "{position: 3, region: shanghai}", "{position: 4, region: shanghai}");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, RANKING, "entry 3 has position 4 where 3 is "
                    + "expected");
        }

        @Test
        void shouldRefuseARankingThatRanksARegionTwice() {
            library.edit(LibraryFixture.FACTS, "{position: 3, region: shanghai}", "{position: 3, region: beijing}");

            assertThat(library.refusal()).contains(RANKING, "region 'beijing' is ranked twice (positions 1 and 3)");
        }

        @Test
        void shouldRefuseARankingWhoseEntriesDoNotMatchItsSize() {
            library.edit(LibraryFixture.FACTS, "size: 3", "size: 4");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, RANKING, "it has 3 entries but size 4");
        }

        @Test
        void shouldRefuseASizeThatIsNotANumber() {
            library.edit(LibraryFixture.FACTS, "size: 3", "size: three");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS, RANKING, "'size' (line 42) should be a "
                    + "whole number");
        }

        @Test
        void shouldRefuseMalformedYamlWithItsLine() {
            library.edit(LibraryFixture.FACTS, "title: Lawmakers brainstorm AI growth",
                    "title: \"Lawmakers brainstorm");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS,
                    "malformed YAML at line 13, column 10: expected <block end>", "Check the indentation and quoting");
        }

        @Test
        void shouldRefuseAKeyGivenTwiceRatherThanKeepTheLastOne() {
            library.edit(LibraryFixture.FACTS, "    kind: statement\n", "    kind: statement\n    summary: Another.\n");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS,
                    "key 'summary' is given twice in one entry (the second at line 34)", "keep one of them");
        }

        @Test
        void shouldListEveryProblemOfAFileInOneMessage() {
            library.edit(LibraryFixture.FACTS, "person: xia-jun", "person: nobody")
                    .edit(LibraryFixture.FACTS, "size: 3", "size: 4");

            assertThat(library.refusal()).contains(LibraryFixture.FACTS + ": 2 problems:",
                    "\n  - " + XIA_PROPOSAL + ", person 'nobody'", "\n  - " + RANKING + ", it has 3 entries");
        }
    }

    @Nested
    class BrokenSeedsFolder {

        @Test
        void shouldRefuseFactsWithoutTheirText() {
            library.delete(LibraryFixture.TEXT);

            assertThat(library.refusal())
                    .contains(LibraryFixture.FACTS + " has no ", LibraryFixture.TEXT + " beside it");
        }

        @Test
        void shouldRefuseATextWithoutItsFacts() {
            library.write("seeds/2024-02-01-new.txt", "An article.");

            assertThat(library.refusal()).contains("seeds/2024-02-01-new.txt has no ", "seeds/2024-02-01-new.yaml",
                    "add its curated facts");
        }

        @Test
        void shouldRefuseFactsSavedAsYml() {
            library.write("seeds/other.yml", "title: x");

            assertThat(library.refusal()).contains("seeds/other.yml has the extension .yml; rename it to other.yaml");
        }

        @Test
        void shouldRefuseAnEmptySeedsFolder() {
            library.delete(LibraryFixture.FACTS).delete(LibraryFixture.TEXT);

            assertThat(library.refusal()).contains("seeds: no briefs found", "briefbot.seeds-dir");
        }

        @Test
        void shouldRefuseASeedsFolderThatDoesNotExist() {
            LibraryException refused = catchThrowableOfType(LibraryException.class,
                    () -> new LibraryLoader().load(folder.resolve("nowhere"), library.config()));

            assertThat(refused).hasMessageContaining("nowhere: folder not found")
                    .hasMessageContaining("briefbot.seeds-dir");
        }
    }

    @Nested
    class BrokenConfig {

        @Test
        void shouldRefuseAMissingGazetteer() {
            library.delete(LibraryFixture.REGIONS);

            assertThat(library.refusal()).contains(LibraryFixture.REGIONS + ": not found", "briefbot.config-dir");
        }

        @Test
        void shouldRefuseMissingSynonyms() {
            library.delete(LibraryFixture.SYNONYMS);

            assertThat(library.refusal()).contains(LibraryFixture.SYNONYMS + ": not found", "briefbot.config-dir");
        }

        @Test
        void shouldRefuseASynonymRuleLuceneCannotParseWithItsLineNumber() {
            library.write(LibraryFixture.SYNONYMS,
                    "# comment\nold people, elderly\nschools => education => learning\n");

            assertThat(library.refusal()).contains(LibraryFixture.SYNONYMS, "line 3",
                    "\"schools => education => learning\"", "cannot be read as a synonym rule");
        }

        @Test
        void shouldRefuseAGazetteerWithoutAll34ProvincialLevelDivisions() {
            library.edit(LibraryFixture.REGIONS,
                    "  - {id: macao, name: Macao, type: sar, chinese: 澳门, aliases: [Macau]}\n", "");

            assertThat(library.refusal()).contains(LibraryFixture.REGIONS, "'provinces' lists 33 provincial-level "
                    + "divisions (23 provinces, 4 municipalities, 5 autonomous regions, 1 SARs); China has 34");
        }

        @Test
        void shouldRefuseAnUnknownRegionType() {
            library.edit(LibraryFixture.REGIONS, "id: macao, name: Macao, type: sar",
                    "id: macao, name: Macao, type: city");

            assertThat(library.refusal())
                    .contains(LibraryFixture.REGIONS, "province 'macao'", "type 'city' is unknown");
        }

        @Test
        void shouldRefuseAnIdUsedByTwoRegions() {
            library.edit(LibraryFixture.REGIONS, "{id: shenzhen,", "{id: hainan,");

            assertThat(library.refusal()).contains(LibraryFixture.REGIONS, "city 'hainan'",
                    "the id is also used by province 'hainan'");
        }

        @Test
        void shouldRefuseAnAliasThatNamesAnotherRegionInAnyCase() {
            library.edit(LibraryFixture.REGIONS, "aliases: [Shenzhen City]", "aliases: [canton]");

            assertThat(library.refusal()).contains(LibraryFixture.REGIONS, "city 'shenzhen'",
                    "'canton' also names province 'guangdong'");
        }

        @Test
        void shouldRefuseACityWhoseProvinceIsNotProvincialLevel() {
            library.edit(LibraryFixture.REGIONS, "province: guangdong", "province: yangtze-river-delta");

            assertThat(library.refusal()).contains(LibraryFixture.REGIONS, "city 'shenzhen'",
                    "province 'yangtze-river-delta' is not the id of an entry under 'provinces'");
        }

        @Test
        void shouldRefuseAClusterMemberThatIsNotProvincialLevel() {
            library.edit(LibraryFixture.REGIONS, "zhejiang, anhui]", "zhejiang, anhwei]");

            assertThat(library.refusal()).contains(LibraryFixture.REGIONS, "cluster 'yangtze-river-delta'",
                    "member 'anhwei' is not the id of an entry under 'provinces' (did you mean 'anhui'?)");
        }

        @Test
        void shouldRefuseAMisspeltGazetteerKey() {
            library.edit(LibraryFixture.REGIONS, "province: guangdong", "provnce: guangdong");

            assertThat(library.refusal()).contains(LibraryFixture.REGIONS, "city 'shenzhen'", "unknown key 'provnce'");
        }
    }
}
