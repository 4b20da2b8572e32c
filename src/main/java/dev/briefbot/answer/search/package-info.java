/**
 * The search behind "who proposed …?": BM25 over the library's words and meaning-based search over sentence
 * embeddings, fused, with typos forgiven, Chinese mapped through the glossary, and a calibrated decision whether the
 * briefs answer at all. Its entry point is {@link dev.briefbot.answer.search.Search}.
 */
package dev.briefbot.answer.search;
