/**
 * What an operator watches beyond Telegram: the library's health indicator for the readiness probe, and gauges over
 * the subscription stores. A leaf: no module depends on it; Telegram's own meters live with its sender and intake.
 */
package dev.briefbot.monitoring;
