package org.onewindow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void load_nothingGiven_usesEmbeddedDefaults() {
        AppConfig config = ConfigLoader.load(List.of(), Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.databaseUrl()).isEqualTo("jdbc:sqlite:data/onewindow.db");
        assertThat(config.knowledgeBase()).isEqualTo(Path.of("knowledge-base"));
        assertThat(config.maxBodyBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void load_fileEnvAndFlags_flagsWinOverEnvWhichWinsOverFile() throws Exception {
        Path file = dir.resolve("onewindow.yaml");
        Files.writeString(file, "port: 9000\ndata-dir: /srv/ow\nmax-text-length: 100\n");

        AppConfig config = ConfigLoader.load(
                List.of("--config", file.toString(), "--port=9002"),
                Map.of("ONEWINDOW_PORT", "9001", "ONEWINDOW_MAX_TEXT_LENGTH", "200"));

        assertThat(config.port()).isEqualTo(9002);
        assertThat(config.maxTextLength()).isEqualTo(200);
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/ow"));
        assertThat(config.databaseUrl()).isEqualTo("jdbc:sqlite:/srv/ow/onewindow.db");
    }

    @Test
    void load_unknownYamlKey_failsNamingFileAndKey() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "prot: 80\n");

        assertThatThrownBy(() -> ConfigLoader.load(List.of("--config", file.toString()), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("'prot'");
    }

    @Test
    void load_portNotANumber_failsNamingPort() {
        assertThatThrownBy(() -> ConfigLoader.load(List.of(), Map.of("ONEWINDOW_PORT", "eighty")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("port:");
    }

    @Test
    void load_unknownFlag_failsNamingFlag() {
        assertThatThrownBy(() -> ConfigLoader.load(List.of("--prot", "1"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--prot");
    }

    @Test
    void load_clientLimits_defaultToAMinuteOf600OpeningsAnd1200Messages_andRefuseZero() {
        assertThat(ConfigLoader.load(List.of(), Map.of()).clientLimits())
                .isEqualTo(new AppConfig.ClientLimits(600, 1200));
        assertThat(ConfigLoader.load(
                                List.of("--client-openings-per-minute", "30"),
                                Map.of("ONEWINDOW_CLIENT_MESSAGES_PER_MINUTE", "90"))
                        .clientLimits())
                .isEqualTo(new AppConfig.ClientLimits(30, 90));
        assertThatThrownBy(() -> ConfigLoader.load(List.of("--client-messages-per-minute", "0"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("client-messages-per-minute:");
    }

    @Test
    void load_databaseUrlNotJdbc_failsNamingDatabaseUrl() {
        assertThatThrownBy(() -> ConfigLoader.load(List.of("--database-url", "mysql://x"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("database-url:");
    }

    @Test
    void load_allowedOriginsList_isSplitAndTrimmed() {
        AppConfig config =
                ConfigLoader.load(List.of("--allowed-origins", "https://a.example, https://b.example"), Map.of());

        assertThat(config.allowedOrigins()).containsExactly("https://a.example", "https://b.example");
    }

    @Test
    void load_wechatEncodingAesKey_isReadFromFileEnvAndFlags() throws Exception {
        String key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        Path file = dir.resolve("wechat.yaml");
        Files.writeString(file, "wechat-token: t\nwechat-app-id: wx1\nwechat-encoding-aes-key: " + key + "\n");

        assertThat(ConfigLoader.load(List.of("--config", file.toString()), Map.of())
                        .channels()
                        .wechatEncodingAesKey())
                .isEqualTo(key);
        assertThat(ConfigLoader.load(
                                List.of(),
                                Map.of("ONEWINDOW_WECHAT_APP_ID", "wx1", "ONEWINDOW_WECHAT_ENCODING_AES_KEY", key))
                        .channels()
                        .wechatEncodingAesKey())
                .isEqualTo(key);
        assertThat(ConfigLoader.load(List.of("--wechat-app-id", "wx1", "--wechat-encoding-aes-key", key), Map.of())
                        .channels()
                        .wechatEncodingAesKey())
                .isEqualTo(key);
        assertThat(ConfigLoader.load(List.of(), Map.of()).channels().wechatEncodingAesKey())
                .isEmpty();
    }

    @Test
    void load_wechatEncodingAesKeyNot43Characters_failsNamingTheKeyWithoutEchoingIt() {
        String tooShort = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF";
        assertThatThrownBy(() -> ConfigLoader.load(
                        List.of("--wechat-app-id", "wx1", "--wechat-encoding-aes-key", tooShort), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("wechat-encoding-aes-key:")
                .hasMessageContaining("43")
                .hasMessageNotContaining(tooShort);
    }

    @Test
    void load_wechatEncodingAesKeyWithoutAppId_failsNamingTheAppId() {
        assertThatThrownBy(() -> ConfigLoader.load(
                        List.of("--wechat-encoding-aes-key", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("wechat-app-id:");
    }

    @Test
    void load_logFormat_isTextByDefault_jsonFromEnv_andTheFlagWins() {
        assertThat(ConfigLoader.load(List.of(), Map.of()).logFormat()).isEqualTo(AppConfig.LogFormat.TEXT);
        assertThat(ConfigLoader.load(List.of(), Map.of("ONEWINDOW_LOG_FORMAT", "json"))
                        .logFormat())
                .isEqualTo(AppConfig.LogFormat.JSON);
        assertThat(ConfigLoader.load(List.of("--log-format", "text"), Map.of("ONEWINDOW_LOG_FORMAT", "json"))
                        .logFormat())
                .isEqualTo(AppConfig.LogFormat.TEXT);
        assertThat(ConfigLoader.load(List.of("--log-format=JSON"), Map.of()).logFormat())
                .isEqualTo(AppConfig.LogFormat.JSON);
    }

    @Test
    void load_logFormatNeitherTextNorJson_failsNamingTheKeyAndTheChoices() {
        assertThatThrownBy(() -> ConfigLoader.load(List.of("--log-format", "xml"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("log-format: expected text or json, got 'xml'");
        assertThatThrownBy(() -> ConfigLoader.load(List.of(), Map.of("ONEWINDOW_LOG_FORMAT", "logstash")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("log-format:");
    }
}
