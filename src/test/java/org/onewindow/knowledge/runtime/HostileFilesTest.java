package org.onewindow.knowledge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.KnowledgeConfig;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.shared.Lang;
import org.onewindow.testing.HostileFiles;
import org.onewindow.testing.IntegrationTest;

/** Hostile and broken files are reported failed; the service keeps running and everything else stays searchable. */
@IntegrationTest
final class HostileFilesTest {

    @TempDir
    Path tmp;

    @Test
    void open_hostileFiles_reportedFailedOthersSearchable() throws Exception {
        Path kbDir = Fixtures.copyKnowledgeBase(tmp);
        Path bad = Files.createDirectories(kbDir.resolve("bad"));
        Files.write(bad.resolve("corrupt.pdf"), HostileFiles.corruptPdf());
        Files.write(bad.resolve("encrypted.pdf"), HostileFiles.encryptedPdf());
        HostileFiles.zipBombDocx(bad.resolve("bomb.docx"));
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRETPASSWORD");
        Files.writeString(bad.resolve("xxe.xml"), HostileFiles.externalEntityXml(secret));
        HostileFiles.bigFile(bad.resolve("huge.txt"), 50L * 1024 * 1024);
        Files.write(bad.resolve("blob.bin"), HostileFiles.unknownBinary());
        KnowledgeConfig config = new KnowledgeConfig(
                kbDir,
                tmp.resolve("index"),
                2,
                KnowledgeConfig.DEFAULT_MAX_FILE_BYTES,
                Duration.ofSeconds(30),
                false,
                256,
                2_000_000,
                KnowledgeConfig.DEFAULT_ANSWER_CACHE_SIZE);

        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(config)) {
            Map<String, DocumentInfo> docs =
                    kb.documents().stream().collect(Collectors.toMap(DocumentInfo::path, Function.identity()));
            for (String name : new String[] {"corrupt.pdf", "encrypted.pdf", "bomb.docx", "huge.txt", "blob.bin"}) {
                DocumentInfo d = docs.get("bad/" + name);
                assertThat(d).as(name).isNotNull();
                assertThat(d.status()).as(name + ": " + d.reason()).isEqualTo(DocumentInfo.Status.FAILED);
                assertThat(d.reason()).as(name).isNotBlank();
            }
            assertThat(docs.get("bad/encrypted.pdf").reason()).contains("encrypted");
            assertThat(docs.get("bad/huge.txt").reason()).contains("too large");
            assertThat(docs.get("bad/bomb.docx").reason()).containsAnyOf("bomb", "out of memory");
            // The external entity is never resolved: the file fails (nothing left to read) and the secret
            // is nowhere in the index.
            assertThat(docs.get("bad/xxe.xml").status()).isEqualTo(DocumentInfo.Status.FAILED);
            assertThat(kb.search("TOPSECRETPASSWORD", Lang.EN, 5)).isEmpty();

            assertThat(kb.health().usable()).isTrue();
            assertThat(kb.health().documentsFailed()).isEqualTo(6);
            assertThat(kb.health().failures()).anyMatch(f -> f.startsWith("bad/bomb.docx: "));
            assertThat(kb.search("construction permit documents", Lang.EN, 3))
                    .extracting(SearchHit::source)
                    .contains("knowledge-base/guides/construction-permit.html");
            assertThat(kb.answer("企业注销需要多长时间", Lang.ZH, null).text()).contains("工作日");
            System.out.println("hostile files: " + kb.health().failures());
        }
    }

    @Test
    void putDocument_parseExceedsTimeout_parserKilledFileFailedServiceUp() throws Exception {
        Path kbDir = Files.createDirectories(tmp.resolve("knowledge-base"));
        // A 1 ms timeout makes every parse time out: the parser JVM is killed, the file reported failed.
        KnowledgeConfig config = new KnowledgeConfig(
                kbDir,
                tmp.resolve("index"),
                1,
                KnowledgeConfig.DEFAULT_MAX_FILE_BYTES,
                Duration.ofMillis(1),
                false,
                256,
                2_000_000,
                KnowledgeConfig.DEFAULT_ANSWER_CACHE_SIZE);
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.open(config)) {
            DocumentInfo d = kb.putDocument(
                    "notes/a.html",
                    "<html><body><h1>Canteen</h1><p>The canteen opens at seven.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(d.status()).isEqualTo(DocumentInfo.Status.FAILED);
            assertThat(d.reason()).contains("timed out");
            assertThat(kb.health().usable()).isTrue();
            assertThat(kb.search("canteen", Lang.EN, 3)).isEmpty();
        }
    }
}
