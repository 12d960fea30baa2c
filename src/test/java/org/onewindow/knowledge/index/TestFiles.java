package org.onewindow.knowledge.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.Passage;
import org.onewindow.shared.Lang;

/** Puts a knowledge file of plain sections into an index, as the file sync would, and commits it. */
final class TestFiles {

    private TestFiles() {}

    static void put(PassageIndex index, String path, Lang lang, String... sections) {
        String source = "knowledge-base/" + path;
        String hash = "hash-" + String.join("|", sections);
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < sections.length; i++) {
            passages.add(new Passage(
                    source + "#" + i,
                    source,
                    "Guide",
                    "Part " + i,
                    sections[i],
                    sections[i],
                    lang,
                    "dept",
                    LocalDate.of(2024, 1, 1),
                    null,
                    true,
                    hash,
                    Passage.Kind.DOCUMENT));
        }
        index.putFile(
                new DocumentInfo(
                        path,
                        source,
                        DocumentInfo.Status.INDEXED,
                        null,
                        passages.size(),
                        hash,
                        lang,
                        "Guide",
                        100,
                        null),
                passages);
        index.commitAndRefresh();
    }
}
