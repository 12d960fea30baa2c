package org.onewindow.knowledge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.shared.Lang;
import org.onewindow.testing.IntegrationTest;

/** Changes to the directory become visible without a restart, and searches never fail meanwhile. */
@IntegrationTest
final class HotReloadTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    @Test
    void watch_addModifyDelete_visibleThenChangedThenGone() throws Exception {
        Path kbDir = Fixtures.copyKnowledgeBase(tmp);
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(Fixtures.config(kbDir, tmp, true))) {
            AtomicInteger searchErrors = new AtomicInteger();
            AtomicInteger emptyBaseline = new AtomicInteger();
            Thread searcher = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        if (kb.search("construction permit", Lang.EN, 3).isEmpty()) {
                            emptyBaseline.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        searchErrors.incrementAndGet();
                    }
                }
            });
            searcher.start();
            try {
                Path doc = kbDir.resolve("policies/canteen.md");
                Files.writeString(
                        doc,
                        "---\ntitle: Canteen\nlang: en\n---\n# Canteen\n\nThe staff canteen serves breakfast from seven.\n");
                assertThat(Fixtures.eventually(
                                WAIT,
                                () -> sources(kb, "canteen breakfast").contains("knowledge-base/policies/canteen.md")))
                        .as("added file becomes searchable")
                        .isTrue();

                Files.writeString(
                        doc,
                        "---\ntitle: Canteen\nlang: en\n---\n# Canteen\n\nThe staff canteen now serves dinner until nine.\n");
                assertThat(Fixtures.eventually(
                                WAIT, () -> sources(kb, "dinner").contains("knowledge-base/policies/canteen.md")))
                        .as("modified content becomes searchable")
                        .isTrue();
                assertThat(kb.search("breakfast", Lang.EN, 3))
                        .extracting(SearchHit::text)
                        .as("the old text is gone (the passage may still be found by meaning)")
                        .noneMatch(t -> t.contains("breakfast"));

                Files.delete(doc);
                assertThat(Fixtures.eventually(
                                WAIT,
                                () -> !sources(kb, "canteen dinner").contains("knowledge-base/policies/canteen.md")))
                        .as("deleted file disappears")
                        .isTrue();
                assertThat(kb.documents()).extracting(DocumentInfo::path).doesNotContain("policies/canteen.md");

                Files.createDirectories(kbDir.resolve("new-folder"));
                Files.writeString(
                        kbDir.resolve("new-folder/fire.txt"), "Fire drills take place every March in all buildings.");
                assertThat(Fixtures.eventually(
                                WAIT, () -> sources(kb, "fire drills").contains("knowledge-base/new-folder/fire.txt")))
                        .as("file in a new folder becomes searchable")
                        .isTrue();
            } finally {
                searcher.interrupt();
                searcher.join();
            }
            assertThat(searchErrors).hasValue(0);
            assertThat(emptyBaseline).hasValue(0);
        }
    }

    @Test
    void watch_newSynonym_appliesWithoutReindexing() throws Exception {
        Path kbDir = Fixtures.copyKnowledgeBase(tmp);
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(Fixtures.config(kbDir, tmp, true))) {
            assertThat(sources(kb, "groundwater abstraction"))
                    .doesNotContain("knowledge-base/policies/water-permit-zh.md");
            Files.writeString(kbDir.resolve("synonyms/extra.txt"), "groundwater abstraction, 取水许可\n");
            assertThat(Fixtures.eventually(
                            WAIT,
                            () -> sources(kb, "groundwater abstraction")
                                    .contains("knowledge-base/policies/water-permit-zh.md")))
                    .as("synonym applied")
                    .isTrue();
        }
    }

    @Test
    void open_unchangedFiles_notParsedAgain() throws Exception {
        Path kbDir = Fixtures.copyKnowledgeBase(tmp);
        List<DocumentInfo> first;
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(Fixtures.config(kbDir, tmp, false))) {
            first = kb.documents();
        }
        Files.writeString(
                kbDir.resolve("guides/tax-registration.txt"), "Tax registration is done online within 30 days.");
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(Fixtures.config(kbDir, tmp, false))) {
            List<DocumentInfo> second = kb.documents();
            assertThat(second).hasSameSizeAs(first);
            for (int i = 0; i < first.size(); i++) {
                DocumentInfo a = first.get(i);
                DocumentInfo b = second.get(i);
                if (a.path().equals("guides/tax-registration.txt")) {
                    assertThat(b.contentHash()).isNotEqualTo(a.contentHash());
                    assertThat(b.indexedAt()).isAfter(a.indexedAt());
                } else {
                    assertThat(b.indexedAt()).as(a.path()).isEqualTo(a.indexedAt());
                }
            }
            assertThat(kb.search("construction permit", Lang.EN, 3)).isNotEmpty();
        }
    }

    @Test
    void sync_editRefusedByTheEditCheck_keepsTheIndexedVersionUntilAnEditPasses() throws Exception {
        Path kbDir = Fixtures.copyKnowledgeBase(tmp);
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(Fixtures.config(kbDir, tmp, false))) {
            Path doc = kbDir.resolve("policies/canteen.md");
            Files.writeString(
                    doc,
                    "---\ntitle: Canteen\nlang: en\n---\n# Canteen\n\nThe staff canteen serves breakfast from seven.\n");
            kb.sync();
            kb.checkEdits(file -> file.getFileName().toString().equals("canteen.md")
                    ? List.of(file + ":2: refused for the test")
                    : List.of());

            Files.writeString(
                    doc,
                    "---\ntitle: Canteen\nlang: en\n---\n# Canteen\n\nThe staff canteen now serves dinner until nine.\n");
            kb.sync();

            assertThat(kb.search("breakfast", Lang.EN, 3))
                    .extracting(SearchHit::text)
                    .as("the indexed version stays")
                    .anyMatch(t -> t.contains("breakfast"));
            assertThat(kb.search("dinner", Lang.EN, 3))
                    .extracting(SearchHit::text)
                    .noneMatch(t -> t.contains("dinner"));

            kb.checkEdits(file -> List.of());
            Files.writeString(
                    doc,
                    "---\ntitle: Canteen\nlang: en\n---\n# Canteen\n\nThe staff canteen now serves dinner until ten.\n");
            kb.sync();

            assertThat(kb.search("dinner", Lang.EN, 3))
                    .extracting(SearchHit::text)
                    .as("a passing edit is taken in")
                    .anyMatch(t -> t.contains("dinner until ten"));
        }
    }

    private static List<String> sources(LuceneKnowledgeBase kb, String q) {
        return kb.search(q, Lang.EN, 5).stream().map(SearchHit::source).toList();
    }
}
