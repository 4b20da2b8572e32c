/**
 * The knowledge: the briefs of {@code seeds/} and the gazetteer of {@code config/}, loaded, checked against the
 * published text and held as one immutable {@link dev.briefbot.brief.Library} snapshot.
 */
package dev.briefbot.brief;
