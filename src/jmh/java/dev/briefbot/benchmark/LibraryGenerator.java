package dev.briefbot.benchmark;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.Ranking;
import dev.briefbot.brief.Region;

/**
 * A large library for benchmarks: the seed briefs plus generated ones that look like them. Each generated brief has
 * ten proposals by people with Chinese names and the roles briefs give, about real regions of the gazetteer, in
 * varied words; every quote is a sentence of the brief's generated text, as the loader demands of real briefs.
 * The same random seed always gives the same library.
 */
public final class LibraryGenerator {

    static final int PROPOSALS_PER_BRIEF = 10;

    private static final List<String> SURNAMES = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang",
            "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang",
            "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan",
            "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Ding", "Ren", "Lu", "Yao", "Shen", "Qian");
    private static final List<String> GIVEN_NAMES = List.of("Wei", "Fang", "Min", "Jing", "Qiang", "Lei", "Jun",
            "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Xiuying", "Hua", "Ping", "Gang", "Hui", "Hong", "Jian", "Bo",
            "Xin", "Zhiqiang", "Haiyan", "Wenjing", "Guoqing", "Xiaoming", "Jianhua", "Dongmei", "Lihua", "Yuqing",
            "Zhenyu", "Shuang", "Kai", "Rui", "Ning", "Yifan", "Zihan", "Haoran", "Xiaohong", "Jiayi", "Yuting");
    private static final List<String> TOPICS = List.of("elderly care", "smart manufacturing", "autonomous driving",
            "AI chips", "computing power", "large language models", "medical imaging", "rural revitalization",
            "smart agriculture", "vocational education", "data security", "personal information protection",
            "intellectual property", "talent cultivation", "open-source models", "smart cities", "traffic management",
            "new energy vehicles", "industrial robots", "digital government", "telemedicine", "drug research",
            "traditional Chinese medicine", "weather forecasting", "flood control", "financial risk control",
            "cross-border data flows", "semiconductor equipment", "cloud computing", "humanoid robots",
            "low-altitude economy", "delivery drones", "cold-chain logistics", "cross-border e-commerce",
            "cultural tourism", "film and animation", "legal services", "court trials", "copyright protection",
            "ethics review", "employment services", "small and medium enterprises", "venture capital",
            "basic research", "university laboratories", "digital textbooks", "special education",
            "online safety for children", "mental health", "marine economy", "smart ports", "power grids",
            "carbon neutrality", "water conservation", "food safety", "grain production", "livestock farming",
            "forest fire prevention", "earthquake early warning", "public libraries");
    private static final List<String> ACTIONS = List.of("the application of AI in %s",
            "building a public platform for %s", "national standards for %s", "special funding for %s",
            "pilot zones for %s", "training more talent in %s", "opening public data for %s",
            "tax incentives for companies working on %s", "a regional alliance on %s",
            "clear rules for the use of AI in %s");
    private static final List<String> PROPOSING = List.of("submitted a proposal on", "proposed",
            "suggested", "called for", "urged the government to support", "recommended");
    private static final List<String> STATING = List.of("said the province should prioritize",
            "believes local governments should back", "emphasized the need for", "noted the urgency of");
    private static final List<String> BENEFITS = List.of(
            "The aim is to improve efficiency and lower costs for ordinary families.",
            "It would help the region narrow its gap with more developed areas.",
            "Such measures would keep the technology safe, fair and under supervision.",
            "Local companies could then compete with international rivals.",
            "This would create jobs for graduates and retrain older workers.",
            "Doing so would let small towns share the benefits of the digital economy.",
            "The experience could later be replicated across the country.");
    private static final List<String> PUBLISHERS = List.of("Global Times", "China Daily", "Xinhua",
            "People's Daily", "CGTN", "Caixin");

    private final Library seed;
    private final Random random;
    private final List<Region> regions;
    private final List<Region> provinces;

    public LibraryGenerator(Library seed, long randomSeed) {
        this.seed = seed;
        this.random = new Random(randomSeed);
        this.regions = seed.gazetteer().regions().stream().filter(region -> region.type() != Region.Type.CLUSTER).toList();
        this.provinces = seed.gazetteer().regions().stream().filter(region -> region.type().isProvincialLevel()).toList();
    }

    /** The seed briefs and enough generated ones to make {@code total} briefs. */
    public Library library(int total) {
        List<Brief> briefs = new ArrayList<>(seed.briefs());
        for (int number = 1; briefs.size() < total; number++) {
            briefs.add(quotedVerbatim(brief(number)));
        }
        return new Library(briefs, seed.gazetteer(), seed.synonyms(), seed.glossary());
    }

    /** The loader's main check, kept for generated briefs too: every quote occurs in the brief's text. */
    private static Brief quotedVerbatim(Brief brief) {
        Stream.of(brief.people().stream().flatMap(person -> person.quotes().stream()),
                        brief.proposals().stream().flatMap(proposal -> proposal.quotes().stream()),
                        brief.rankings().stream().flatMap(ranking -> ranking.quotes().stream()))
                .flatMap(quotes -> quotes)
                .filter(quote -> !brief.text().contains(quote))
                .findFirst()
                .ifPresent(quote -> {
                    throw new IllegalStateException(brief.id() + ": quote not in the text: " + quote);
                });
        return brief;
    }

    private Brief brief(int number) {
        Region focus = pick(provinces);
        String topic = pick(TOPICS);
        StringBuilder text = new StringBuilder();
        List<Person> people = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        String title = focus.name() + " lawmakers and political advisors propose " + topic + " plans for the AI era";
        text.append(title).append("\n\n");
        for (int index = 0; index < PROPOSALS_PER_BRIEF; index++) {
            Person person = index > 0 && random.nextInt(4) == 0 ? people.get(people.size() - 1) : null;
            Region region = person != null && person.region() != null ? regionOf(person) : pick(regions);
            if (person == null) {
                person = person(index, region);
                people.add(person);
            }
            proposals.add(proposal(number, index, person, region, text));
        }
        List<Ranking> rankings = number % 10 == 0 ? List.of(ranking(number, text)) : List.of();
        return new Brief(String.format(Locale.ROOT, "generated-%04d", number), title,
                "Proposals on " + topic + " and more from the two sessions", pick(PUBLISHERS), "CHINA / POLITICS",
                LocalDateTime.of(2024, 1, 1, 9, 0).plusHours(7L * number), people, proposals, rankings, List.of(),
                text.toString());
    }

    private Person person(int index, Region region) {
        String name = pick(SURNAMES) + " " + pick(GIVEN_NAMES);
        String role = random.nextBoolean()
                ? "member of the " + provinceName(region) + " Committee of the CPPCC"
                : "deputy to the " + provinceName(region) + " Provincial People's Congress";
        String id = name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + index;
        return new Person(id, name, List.of(role), null, region.id(), List.of(name + ", a " + role));
    }

    private Proposal proposal(int number, int index, Person person, Region region, StringBuilder text) {
        String topic = pick(TOPICS);
        boolean statement = random.nextInt(10) < 3;
        String what = String.format(Locale.ROOT, pick(ACTIONS), topic);
        String verb = statement ? pick(STATING) : pick(PROPOSING);
        String claim = "In " + region.name() + ", " + person.quotes().get(0) + ", " + verb + " " + what + ".";
        String benefit = pick(BENEFITS);
        text.append(claim).append(' ').append(benefit).append("\n\n");
        List<String> quotes = random.nextBoolean() ? List.of(claim, benefit) : List.of(claim);
        String summary = Character.toUpperCase(what.charAt(0)) + what.substring(1) + " in " + region.name() + ".";
        return new Proposal("p-" + number + "-" + index, person.id(),
                statement ? Proposal.Kind.STATEMENT : Proposal.Kind.PROPOSAL, List.of(region.id()),
                List.of(topic, "AI"), summary, quotes);
    }

    private Ranking ranking(int number, StringBuilder text) {
        List<Region> shuffled = new ArrayList<>(provinces);
        Collections.shuffle(shuffled, random);
        List<Region> top = shuffled.subList(0, 10);
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int position = 1; position <= top.size(); position++) {
            entries.add(new Ranking.Entry(position, top.get(position - 1).id()));
        }
        String sentence = "According to the index, the top 10 provincial-level regions are "
                + String.join(", ", top.stream().map(Region::name).toList()) + ".";
        text.append(sentence).append("\n");
        return new Ranking("ranking-" + number, "Regional AI Industry Index " + (2000 + number / 10),
                YearMonth.of(2023, 1 + number % 12), "overall competitiveness of the regional AI industry", entries,
                List.of(sentence));
    }

    private Region regionOf(Person person) {
        return seed.gazetteer().get(person.region());
    }

    private String provinceName(Region region) {
        return seed.gazetteer().provinceOf(region).map(Region::name).orElse(region.name());
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
