/**
 * The WeChat Official Account (公众号) channel in plain-text mode: URL verification, signed XML
 * message push in, passive XML replies within WeChat's 5-second window, slower replies and
 * pushes through the customer-service message API. May import {@code channel},
 * {@code channel.core}, vertx-web and {@code shared}.
 */
package org.onewindow.channel.wechat;
