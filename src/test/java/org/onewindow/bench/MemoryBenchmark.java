package org.onewindow.bench;

import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.OneWindow;
import org.onewindow.config.ConfigLoader;
import org.onewindow.testing.ApiClient;
import org.onewindow.testing.TestServer;

/**
 * Heap per active mid-process conversation: opens N conversations on a real node in this JVM,
 * takes each two steps into the deregistration process (so its state, held in the conversation
 * cache, carries a process in progress), and divides the growth of the used heap after full GCs
 * by N.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.bench.MemoryBenchmark -Dexec.args="10000"}.
 */
public final class MemoryBenchmark {

    private MemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        OneWindow node = OneWindow.start(
                ConfigLoader.load(
                        TestServer.withoutClientLimits(List.of(
                                "--host",
                                "127.0.0.1",
                                "--port",
                                "0",
                                "--data-dir",
                                Files.createTempDirectory("onewindow-memory-").toString())),
                        Map.of()),
                Clock.systemUTC());
        try {
            ApiClient api = new ApiClient("http://127.0.0.1:" + node.port());
            warm(api);
            long before = usedHeapAfterGc();
            List<ApiClient.Conversation> kept = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ApiClient.Conversation c =
                        api.createConversation(new JsonObject().put("locale", i % 2 == 0 ? "en" : "zh"));
                api.press(c, "process:start:deregistration");
                api.say(c, "湖南星辰科技有限公司");
                kept.add(c);
            }
            long after = usedHeapAfterGc();
            System.out.printf(
                    Locale.ROOT,
                    "%d conversations mid-process: heap grew by %.1f MiB, %.2f KiB per conversation%n",
                    count,
                    (after - before) / 1048576.0,
                    (after - before) / 1024.0 / count);
            System.out.println("(" + kept.size()
                    + " conversations kept referenced by the benchmark's own list of ids and tokens)");
        } finally {
            node.stop();
        }
    }

    private static void warm(ApiClient api) {
        for (int i = 0; i < 200; i++) {
            ApiClient.Conversation c = api.createConversation("en");
            api.press(c, "process:start:deregistration");
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
