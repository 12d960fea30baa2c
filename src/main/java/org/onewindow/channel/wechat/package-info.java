/**
 * The WeChat Official Account (公众号) channel, plain and encrypted (安全模式, 兼容模式): URL
 * verification, signed XML message push in, passive XML replies within WeChat's 5-second window,
 * slower replies and pushes through the customer-service message API; {@code WeChatCrypto} is the
 * AES message encryption (JDK only). May import {@code channel}, {@code channel.core}, vertx-web
 * and {@code shared}.
 */
package org.onewindow.channel.wechat;
