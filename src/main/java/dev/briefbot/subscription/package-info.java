/**
 * Who wants to hear about which new briefs: the subscription commands with their admin checks, the store and its
 * outbox (Spring JDBC, Flyway), and what membership changes do to them.
 */
package dev.briefbot.subscription;
