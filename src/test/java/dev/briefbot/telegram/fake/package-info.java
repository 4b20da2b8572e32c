/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests: it serves the methods BriefBot calls, records
 * every call, feeds realistic updates to long polling, and can enforce Telegram's limits, HTML rules and faults.
 */
package dev.briefbot.telegram.fake;
