package org.onewindow.knowledge.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.knowledge.Passage;
import org.onewindow.shared.Lang;

/**
 * Reads an FAQ file: a YAML list of entries {@code {id, lang, department, source, effective,
 * questions: [...], answer}}, each becoming one passage whose questions and answer are searched and
 * whose answer is shown.
 */
public final class FaqReader {

    private static final ObjectMapper YAML = new YAMLMapper();

    private FaqReader() {}

    public static List<Passage> read(String text, String source, String hash) throws ParseFailedException {
        Object parsed;
        try {
            parsed = YAML.readValue(text, Object.class);
        } catch (Exception e) {
            String m = String.valueOf(e.getMessage());
            throw new ParseFailedException(
                    "invalid FAQ YAML: " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m));
        }
        if (parsed instanceof Map<?, ?> map && map.get("entries") instanceof List<?> entries) {
            parsed = entries;
        }
        if (!(parsed instanceof List<?> list)) {
            throw new ParseFailedException("FAQ file must be a YAML list of entries");
        }
        List<Passage> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (Object o : list) {
            n++;
            if (!(o instanceof Map<?, ?> e)) {
                throw new ParseFailedException("FAQ entry " + n + " is not a mapping");
            }
            String answer = FrontMatter.str(e.get("answer"));
            List<String> questions = new ArrayList<>();
            if (e.get("questions") instanceof List<?> qs) {
                for (Object q : qs) {
                    if (q != null && !q.toString().isBlank()) {
                        questions.add(q.toString().trim());
                    }
                }
            } else if (e.get("question") != null) {
                questions.add(e.get("question").toString().trim());
            }
            if (answer == null || answer.isBlank() || questions.isEmpty()) {
                throw new ParseFailedException("FAQ entry " + n + " needs questions and an answer");
            }
            String id = FrontMatter.str(e.get("id"));
            if (id == null || id.isBlank() || !ids.add(id)) {
                id = "entry-" + n;
            }
            Lang lang = Lang.parseOrNull(FrontMatter.str(e.get("lang")));
            if (lang == null) {
                lang = Lang.detect(questions.get(0) + " " + answer, Lang.EN);
            }
            String indexed = String.join("\n", questions) + "\n" + answer;
            var superseded = FrontMatter.date(e.get("superseded"));
            if (superseded == null) {
                superseded = FrontMatter.date(e.get("repealed"));
            }
            out.add(new Passage(
                    source + "#" + id,
                    source,
                    questions.get(0),
                    "FAQ",
                    answer.strip(),
                    indexed,
                    lang,
                    FrontMatter.str(e.get("department")),
                    FrontMatter.date(e.get("effective")),
                    superseded,
                    !"false".equalsIgnoreCase(String.valueOf(e.get("verified"))),
                    hash,
                    Passage.Kind.FAQ));
        }
        return out;
    }
}
