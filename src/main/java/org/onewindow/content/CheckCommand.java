package org.onewindow.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code onewindow check [--knowledge-base DIR] [--connectors DIR]}: checks the content and prints
 * each problem as {@code file:line: problem}, then {@code content OK} (exit 0) or the number of
 * problems (exit 1). Usage errors exit 2. Starts no server and opens no store.
 */
public final class CheckCommand {

    static final String USAGE = "usage: onewindow check [--knowledge-base DIR] [--connectors DIR]";

    private CheckCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path knowledgeBase = Path.of("knowledge-base");
        Path connectors = Path.of("connectors");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if ((arg.equals("--knowledge-base") || arg.equals("--connectors")) && i + 1 < args.size()) {
                Path value = Path.of(args.get(++i));
                if (arg.equals("--knowledge-base")) {
                    knowledgeBase = value;
                } else {
                    connectors = value;
                }
            } else {
                err.println("onewindow check: unexpected argument '" + arg + "'");
                err.println(USAGE);
                return 2;
            }
        }
        if (!Files.isDirectory(knowledgeBase)) {
            err.println("onewindow check: " + knowledgeBase + " is not a directory");
            return 2;
        }
        List<Problem> problems = new ContentCheck(knowledgeBase, connectors).all();
        problems.forEach(out::println);
        if (problems.isEmpty()) {
            out.println("content OK");
            return 0;
        }
        out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        return 1;
    }
}
