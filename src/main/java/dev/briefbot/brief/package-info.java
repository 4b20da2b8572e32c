/**
 * The knowledge: the briefs of {@code seeds/} and the gazetteer of {@code config/}, loaded, checked against the
 * published text and held as one immutable {@link dev.briefbot.brief.Library} snapshot, with the briefs set aside for
 * failing their checks and the texts not yet reviewed.
 */
package dev.briefbot.brief;
