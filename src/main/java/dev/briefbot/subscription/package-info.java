/**
 * Who wants to hear about which new briefs, and their delivery: the commands and admin checks, the store and outbox,
 * the library's reload (watched seeds, /reload) and the outbox sent through a {@link NotificationChannel}.
 */
package dev.briefbot.subscription;
