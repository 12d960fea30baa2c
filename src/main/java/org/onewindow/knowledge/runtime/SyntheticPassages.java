package org.onewindow.knowledge.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.knowledge.Passage;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.knowledge.ingest.DocumentReader;

/** Turns synthetic documents into passages, one per section, hashed by content. */
final class SyntheticPassages {

    List<Passage> toPassages(List<SyntheticDocument> docs) {
        List<Passage> out = new ArrayList<>();
        for (SyntheticDocument d : docs) {
            String hash = DocumentReader.sha256(d.toString().getBytes(StandardCharsets.UTF_8));
            int n = 0;
            for (SyntheticDocument.Section s : d.sections()) {
                if (s.text().isBlank()) {
                    continue;
                }
                out.add(new Passage(
                        // Both languages share the source: the language keeps their ids apart.
                        d.source() + "#" + n++ + "-" + d.lang().code(),
                        d.source(),
                        d.title(),
                        s.heading(),
                        s.text().strip(),
                        s.text(),
                        d.lang(),
                        d.department(),
                        d.effective(),
                        d.superseded(),
                        true,
                        hash,
                        Passage.Kind.SYNTHETIC));
            }
        }
        return out;
    }
}
