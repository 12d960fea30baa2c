package org.onewindow;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.channel.ChannelStore;
import org.onewindow.channel.InputChannel;
import org.onewindow.channel.core.ChannelGateway;
import org.onewindow.channel.core.RateLimits;
import org.onewindow.channel.core.ServiceConversations;
import org.onewindow.channel.telegram.TelegramApi;
import org.onewindow.channel.telegram.TelegramChannel;
import org.onewindow.channel.telegram.TelegramConfig;
import org.onewindow.channel.webhook.WebhookChannel;
import org.onewindow.channel.webhook.WebhookChannelConfig;
import org.onewindow.channel.webhook.WebhookOutput;
import org.onewindow.channel.wechat.WeChatApi;
import org.onewindow.channel.wechat.WeChatChannel;
import org.onewindow.channel.wechat.WeChatConfig;
import org.onewindow.config.AppConfig;

/**
 * The messaging-app channels whose secrets are configured (WeChat, Telegram, a generic webhook) and
 * the gateway they share, which pushes staff and status messages to their users.
 */
final class ChannelsModule implements Module {

    private final Vertx vertx;
    private final AppConfig.Channels config;
    private final Clock clock;
    private final StoreModule store;
    private final ConversationsModule conversations;
    private ChannelGateway gateway;
    private List<InputChannel> inputs = List.of();

    ChannelsModule(
            Vertx vertx, AppConfig.Channels config, Clock clock, StoreModule store, ConversationsModule conversations) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return "channels";
    }

    @Override
    public Future<Void> start() {
        ChannelStore channelStore = store.channels();
        gateway = new ChannelGateway(
                vertx,
                new ServiceConversations(conversations.conversations(), vertx, conversations.files()),
                channelStore,
                RateLimits.defaults(clock),
                clock);
        inputs = inputs(channelStore);
        return gateway.start();
    }

    @Override
    public Future<Void> stop() {
        return gateway == null ? Future.succeededFuture() : gateway.stop();
    }

    /** The channels' webhooks, mounted by the HTTP verticle. */
    List<InputChannel> inputs() {
        return inputs;
    }

    private List<InputChannel> inputs(ChannelStore channelStore) {
        List<InputChannel> channels = new ArrayList<>();
        if (!config.wechatToken().isBlank()) {
            WeChatConfig wc = WeChatConfig.of(
                    config.wechatToken(),
                    config.wechatAppId(),
                    config.wechatAppSecret(),
                    config.wechatApiBase(),
                    config.wechatEncodingAesKey());
            WeChatApi api = new WeChatApi(vertx, wc, clock);
            gateway.register(api);
            channels.add(new WeChatChannel(vertx, wc, gateway, api, clock));
        }
        if (!config.telegramBotToken().isBlank()) {
            TelegramConfig tc = new TelegramConfig(
                    config.telegramBotToken(), config.telegramSecretToken(), config.telegramApiBase());
            TelegramApi api = new TelegramApi(vertx, tc, channelStore, clock);
            gateway.register(api);
            channels.add(new TelegramChannel(tc, gateway, api));
        }
        if (!config.webhookSecret().isBlank()) {
            WebhookChannelConfig hc = new WebhookChannelConfig(config.webhookSecret(), config.webhookCallbackUrl());
            WebhookOutput out = new WebhookOutput(vertx, hc, clock);
            gateway.register(out);
            channels.add(new WebhookChannel(hc, gateway, out, clock));
        }
        return List.copyOf(channels);
    }
}
