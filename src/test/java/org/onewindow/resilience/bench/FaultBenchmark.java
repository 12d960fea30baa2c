package org.onewindow.resilience.bench;

import java.nio.file.Files;
import org.onewindow.resilience.FaultRun;

/**
 * The reliability run at a size of your choosing; prints turns answered and found, submissions, deliveries received
 * and duplicates (which only ever share the idempotency key of the first delivery).
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.onewindow.resilience.bench.FaultBenchmark -Dexec.args="100 16 4 30"} (conversations,
 * client threads, SIGKILLs, seconds the receiver is down).
 */
public final class FaultBenchmark {

    private FaultBenchmark() {}

    public static void main(String[] args) throws Exception {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int outage = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        FaultRun.Outcome outcome = new FaultRun(
                        new FaultRun.Settings(conversations, threads, kills, outage, 7),
                        Files.createTempDirectory("onewindow-fault-bench-"))
                .run();
        System.out.println(outcome.report());
        System.exit(0);
    }
}
