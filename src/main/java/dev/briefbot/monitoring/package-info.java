/**
 * What an operator watches beyond Telegram: the library's health indicator for the readiness probe, and gauges over
 * the subscription stores. Telegram's own meters and its polling indicator live beside its code, in {@code telegram}.
 */
package dev.briefbot.monitoring;
