/**
 * Drafting a brief's facts from its text: {@code --draft seeds/<id>.txt} proposes the {@code <id>.yaml} an operator
 * reviews, by rules over news prose and the gazetteer (who is introduced how, who said or proposed what, rankings).
 */
package dev.briefbot.brief.draft;
