/**
 * What the bot says back: an update to a chat request and its answer, buttons and their data, long answers paged,
 * inline mode, the flood guard, membership changes, and the subscriptions' notification channel.
 */
package dev.briefbot.telegram.conversation;
