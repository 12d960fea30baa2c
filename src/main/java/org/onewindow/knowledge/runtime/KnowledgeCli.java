package org.onewindow.knowledge.runtime;

import java.nio.file.Path;
import java.time.Duration;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.KnowledgeConfig;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.shared.Lang;

/**
 * An operator's check of the knowledge base, also from the fat jar:
 * {@code java -cp target/onewindow.jar org.onewindow.knowledge.runtime.KnowledgeCli knowledge-base data/index "question" [en|zh]}.
 * Builds or updates the index, prints the documents' status, the hits and the answer.
 */
public final class KnowledgeCli {

    private KnowledgeCli() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: KnowledgeCli <knowledge-base dir> <index dir> [question] [en|zh]");
            System.exit(2);
        }
        KnowledgeConfig config = new KnowledgeConfig(
                Path.of(args[0]),
                Path.of(args[1]),
                2,
                KnowledgeConfig.DEFAULT_MAX_FILE_BYTES,
                Duration.ofSeconds(30),
                false);
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(config)) {
            for (DocumentInfo d : kb.documents()) {
                System.out.printf(
                        "%-8s %3d %s %s%n", d.status(), d.passages(), d.path(), d.reason() == null ? "" : d.reason());
            }
            System.out.println(kb.health());
            if (args.length > 2) {
                Lang lang = args.length > 3 ? Lang.parseOrNull(args[3]) : Lang.detect(args[2], Lang.EN);
                for (SearchHit h : kb.search(args[2], lang, 5)) {
                    System.out.printf(
                            "%.2f %.2f %s [%s] %s%n", h.score(), h.confidence(), h.source(), h.section(), h.snippet());
                }
                KnowledgeAnswer a = kb.answer(args[2], lang, null);
                System.out.println(a.kind() + ": " + a.text() + " " + a.citations());
            }
        }
        System.exit(0);
    }
}
