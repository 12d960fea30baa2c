package org.onewindow.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.OneWindow;
import org.onewindow.config.ConfigLoader;
import org.onewindow.testing.TestServer;

/**
 * HTTP load from outside the JVM: {@code wrk} (Debian's package) against a bare Vert.x JSON echo
 * and against OneWindow, in the same run, each scenario right after an echo run so the machine's
 * drift cancels out. Scenarios: guided process turns (start, answer, cancel, confirm — over and
 * over in many conversations), knowledge answers asked before (cached), and questions in a new
 * phrasing each time (searched) at 8 connections. Prints requests/s, p50/p99 and the ratio to the
 * echo. Needs {@code wrk} on the PATH.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.bench.WrkBenchmark -Dexec.args="20 64"} (seconds, connections).
 */
public final class WrkBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final List<String> ANSWERED = List.of(
            "How long does deregistration take?",
            "注销要几个工作日",
            "Is the business licence free?",
            "企业开办要多久",
            "What documents do I need to register a company?",
            "施工许可证多久能办好",
            "竣工验收有哪些部门参加",
            "简易注销和一般注销有什么区别",
            "what is the one business licence reform",
            "二十条措施是谁发的");

    private WrkBenchmark() {}

    record Measured(double perSecond, double p50Ms, double p99Ms, long failed) {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Path work = Files.createTempDirectory("onewindow-wrk-");
        Vertx echoVertx = Vertx.vertx();
        int echoPort = LoadBenchmark.startEcho(echoVertx);
        OneWindow node = OneWindow.start(
                ConfigLoader.load(
                        TestServer.withoutClientLimits(List.of(
                                "--host",
                                "127.0.0.1",
                                "--port",
                                "0",
                                "--data-dir",
                                work.resolve("data").toString())),
                        Map.of()),
                Clock.systemUTC());
        String base = "http://127.0.0.1:" + node.port();
        try {
            awaitVectors(base);
            System.out.printf(
                    Locale.ROOT,
                    "wrk benchmark: %d s per scenario, %d cores, wrk -t2%n",
                    seconds,
                    Runtime.getRuntime().availableProcessors());
            Path echoScript = write(
                    work,
                    "echo.lua",
                    "wrk.method = \"POST\"\nwrk.body = '{\"text\":\"hello\"}'\n"
                            + "wrk.headers[\"Content-Type\"] = \"application/json\"\n");
            String echoUrl = "http://127.0.0.1:" + echoPort + "/echo";
            wrk(echoScript, echoUrl, 5, connections); // warm-up of both JVMs' HTTP paths

            List<String[]> processConversations = open(base, 2000);
            Path processScript = conversationScript(
                    work, "process.lua", processConversations, List.of("我要注销公司", "湖南星辰科技有限公司", "取消", "是"), false);
            wrk(processScript, base, 10, connections); // warm-up
            report(
                    "guided process turns (start, answer, cancel, confirm)",
                    echoScript,
                    echoUrl,
                    processScript,
                    base,
                    seconds,
                    connections);

            List<String[]> knowledgeConversations = open(base, 2000);
            Path knowledgeScript = conversationScript(work, "knowledge.lua", knowledgeConversations, ANSWERED, false);
            wrk(knowledgeScript, base, 10, connections); // warm-up, fills the answer cache
            report(
                    "knowledge answers asked before (cached)",
                    echoScript,
                    echoUrl,
                    knowledgeScript,
                    base,
                    seconds,
                    connections);

            List<String[]> searchConversations = open(base, 2000);
            Path searchScript = conversationScript(work, "search.lua", searchConversations, ANSWERED, true);
            report(
                    "questions in a new phrasing each time (searched), 8 connections",
                    echoScript,
                    echoUrl,
                    searchScript,
                    base,
                    seconds,
                    8);
        } finally {
            node.stop();
            echoVertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static void report(
            String name, Path echoScript, String echoUrl, Path script, String url, int seconds, int connections)
            throws Exception {
        Measured echo = wrk(echoScript, echoUrl, seconds, connections);
        Measured turns = wrk(script, url, seconds, connections);
        System.out.printf(
                Locale.ROOT,
                "%-70s %9.0f/s  p50 %6.2f ms  p99 %7.2f ms  failed %d%n",
                "bare Vert.x JSON echo",
                echo.perSecond(),
                echo.p50Ms(),
                echo.p99Ms(),
                echo.failed());
        System.out.printf(
                Locale.ROOT,
                "%-70s %9.0f/s  p50 %6.2f ms  p99 %7.2f ms  failed %d  = %.0f%% of the echo%n",
                name,
                turns.perSecond(),
                turns.p50Ms(),
                turns.p99Ms(),
                turns.failed(),
                100 * turns.perSecond() / echo.perSecond());
    }

    /** Opens {@code n} conversations; their ids and tokens. */
    private static List<String[]> open(String base, int n) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"web\",\"locale\":\"zh\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject created = new JsonObject(r.body());
            out.add(new String[] {created.getString("id"), created.getString("token")});
        }
        return out;
    }

    /**
     * A wrk script that sends {@code texts} in turn to each of the conversations, the two threads
     * on halves of their own (so that one conversation's turns stay in order); {@code unique} adds
     * a counter to each text, so that no question is the same twice.
     */
    private static Path conversationScript(
            Path dir, String name, List<String[]> conversations, List<String> texts, boolean unique)
            throws IOException {
        JsonArray ids = new JsonArray();
        JsonArray tokens = new JsonArray();
        conversations.forEach(c -> {
            ids.add(c[0]);
            tokens.add(c[1]);
        });
        JsonArray bodies = new JsonArray();
        texts.forEach(bodies::add);
        String lua = """
                local ids = %s
                local tokens = %s
                local texts = %s
                local unique = %s
                local threads = 0
                function setup(thread) thread:set("tid", threads); threads = threads + 1 end
                local counter = 0
                function request()
                  counter = counter + 1
                  local per = math.floor(#ids / 2)
                  local i = tid * per + (counter %% per) + 1
                  local step = math.floor(counter / per) %% #texts + 1
                  local text = texts[step]
                  if unique then text = text .. " (" .. tid .. "-" .. counter .. ")" end
                  local body = '{"text":"' .. text .. '"}'
                  return wrk.format("POST", "/api/v1/conversations/" .. ids[i] .. "/messages",
                    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[i]}, body)
                end
                """.formatted(lua(ids), lua(tokens), lua(bodies), unique);
        return write(dir, name, lua);
    }

    private static String lua(JsonArray values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(values.getString(i).replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Measured wrk(Path script, String url, int seconds, int connections) throws Exception {
        Process p = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--latency",
                        "-s",
                        script.toString(),
                        url)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output:\n" + out);
        }
        Matcher failed = NON_2XX.matcher(out);
        return new Measured(
                Double.parseDouble(rate.group(1)),
                percentile(out, "50%"),
                percentile(out, "99%"),
                failed.find() ? Long.parseLong(failed.group(1)) : 0);
    }

    /** A latency percentile of wrk's --latency table, in milliseconds. */
    private static double percentile(String out, String which) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([\\d.]+)(us|ms|s)")
                .matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    /** Questions are measured on the full (hybrid) retrieval: wait until every passage has its vector. */
    private static void awaitVectors(String base) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 1200; i++) {
            String health = http.send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/health"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
            if (health.contains("\"passagesWithoutVectors\":0")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("passage vectors not ready after 5 minutes");
    }
}
