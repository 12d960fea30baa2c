package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.conversation.IdentityVerifier;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.ApiClient.Conversation;
import org.onewindow.testing.Folders;
import org.onewindow.testing.IntegrationTest;
import org.onewindow.testing.TestServer;

/** A new incentive file reaches the enterprises whose stored profile qualifies, without them asking. */
@IntegrationTest
final class ProactiveIncentiveTest {

    private static final String USCC = "91350100M000100Y43";

    @Test
    void addedIncentive_isToldToAVerifiedEnterpriseThatQualifies() throws Exception {
        Path kb = TestServer.tempDir("onewindow-kb-incentives-");
        Folders.copy(Path.of("knowledge-base"), kb);
        try (TestServer node =
                TestServer.start(TestServer.tempDir("onewindow-proactive-"), Map.of("knowledge-base", kb.toString()))) {
            ApiClient api = node.api();
            long ts = Instant.now().getEpochSecond();
            String sig = HexFormat.of()
                    .formatHex(new IdentityVerifier(TestServer.IDENTITY_SECRET, java.time.Clock.systemUTC())
                            .sign(USCC + "." + ts));
            Conversation c = api.createConversation(new JsonObject()
                    .put("locale", "en")
                    .put(
                            "identity",
                            new JsonObject()
                                    .put("uscc", USCC)
                                    .put("name", "Hunan Xingchen Technology")
                                    .put("ts", ts)
                                    .put("sig", sig)));
            api.say(c, "what subsidies can I get?");
            api.press(c, "policy:answer:software-it"); // learnt: industry, saved to the profile

            Files.writeString(kb.resolve("incentives/software-park-rent.yaml"), """
                    id: software-park-rent
                    title: {en: "Test rent support for software firms", zh: "软件企业租金补贴（测试）"}
                    department: {en: "Park service centre", zh: "园区服务中心"}
                    source: [test fixture]
                    clause: {en: "Test clause", zh: "测试条款"}
                    effective: 2020-01-01
                    benefit: {en: "Test benefit for software firms.", zh: "软件企业测试补贴。"}
                    eligibility:
                      all:
                        - {fact: industry, in: [software-it]}
                    """, StandardCharsets.UTF_8);

            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!api.history(c).body().contains("Test rent support for software firms")) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the enterprise was not told within 30 s: "
                            + api.history(c).body());
                }
                Thread.sleep(200);
            }
            assertThat(api.history(c).body()).contains("knowledge-base/incentives/software-park-rent.yaml");
            String agent = api.staffLogin("agent", TestServer.STAFF_PASSWORD);
            assertThat(api.get("/api/v1/staff/enterprises/" + USCC + "/profile", agent)
                            .json()
                            .getJsonObject("facts")
                            .containsKey("industry"))
                    .isTrue();
            assertThat(api.get("/api/v1/staff/enterprises/" + USCC + "/profile", null)
                            .status())
                    .isEqualTo(401);
        }
    }
}
