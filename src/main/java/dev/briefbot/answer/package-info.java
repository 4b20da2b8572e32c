/**
 * Questions to answers: the search index over proposals, fuzzy matching of names and regions, and the routing of
 * free-text questions. It returns an {@link dev.briefbot.answer.Answer} model and knows nothing of chats or markup.
 */
package dev.briefbot.answer;
