/**
 * The messaging-app channels' common ground: {@link org.onewindow.channel.InputChannel} (an
 * endpoint a platform calls), {@link org.onewindow.channel.OutputChannel} (sending to a platform
 * user), {@link org.onewindow.channel.ChannelConversations} (what channels hand messages to) and
 * {@link org.onewindow.channel.ChannelStore} (which channel user talks in which conversation).
 * May import vertx-web, {@code shared} and {@code codec}; never {@code dialogue}, {@code knowledge},
 * {@code conversation}, {@code connector} or {@code store}. Only the wiring names a provider
 * ({@code channel.telegram}, {@code .wechat}, {@code .webhook}).
 */
package org.onewindow.channel;
