package dev.briefbot.answer;

/** Everything the intents answer with, over one library snapshot: made once by {@link Answers}. */
record Answering(Facts facts, Items items, RegionNames regionNames, PeopleNames peopleNames, TopicSearch search,
                 RegionAnswers regions, AdvisorAnswers advisors, RankingAnswers rankings,
                 RankingQuestions rankingQuestions, CatalogueAnswers catalogue, BriefAnswers briefs,
                 PeopleQuestions people, Counts counts, Vocabulary vocabulary,
                 Mentions mentions, UnreviewedTexts unreviewed) {
}
