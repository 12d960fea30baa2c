/**
 * What every messaging channel shares: the {@link org.onewindow.channel.core.ChannelGateway}
 * (channel user → conversation, numbered options, rate limits, pushes of staff and status
 * messages), plain-text rendering and the adapter over {@code ConversationService}. May import
 * {@code channel}, {@code shared}, {@code codec}, {@code i18n} (what channels say), vertx-core,
 * Jackson, Caffeine and — in
 * {@link org.onewindow.channel.core.ServiceConversations} only — {@code conversation}.
 */
package org.onewindow.channel.core;
