/**
 * The Telegram Bot API channel: the webhook (secret-token header checked, updates de-duplicated
 * by {@code update_id}, answered at once), text and callback-query updates in, {@code sendMessage}
 * with an inline keyboard out. May import {@code channel}, {@code channel.core}, vertx-web and
 * {@code shared}.
 */
package org.onewindow.channel.telegram;
