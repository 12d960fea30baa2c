package org.onewindow.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.shared.Lang;

/**
 * The FAQ file of approved staff corrections, {@code faq/staff-corrections.yaml}: a YAML list of
 * entries in the format of {@code knowledge-base/faq/*.yaml}. Pure: bytes in, bytes out.
 */
public final class FaqCorrections {

    /** Where approved corrections go, relative to the knowledge-base directory. */
    public static final String PATH = "faq/staff-corrections.yaml";

    private static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));
    private static final String HEADER =
            "# FAQ: corrections of bot answers written by park staff and approved by an admin.\n"
                    + "# Written by the staff console (POST /api/v1/admin/faq-drafts/{id}/approve); edit with care.\n";

    private FaqCorrections() {}

    /**
     * {@code existing} (the current file, or null when there is none) with {@code draft} appended as
     * an entry effective {@code today}; an entry with the same id is replaced.
     *
     * @throws IllegalArgumentException when the existing file is not a YAML list of entries
     */
    public static byte[] append(byte[] existing, FaqDraft draft, LocalDate today) {
        List<Object> entries = new ArrayList<>();
        if (existing != null && existing.length > 0) {
            try {
                Object parsed = YAML.readValue(existing, Object.class);
                if (parsed instanceof Map<?, ?> map && map.get("entries") instanceof List<?> list) {
                    parsed = list;
                }
                if (parsed instanceof List<?> list) {
                    entries.addAll(list);
                } else if (parsed != null) {
                    throw new IllegalArgumentException(PATH + " is not a YAML list of FAQ entries");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(PATH + " is not valid YAML: " + e.getMessage(), e);
            }
        }
        entries.removeIf(e -> e instanceof Map<?, ?> m && draft.faqId().equals(String.valueOf(m.get("id"))));
        entries.add(entry(draft, today));
        try {
            return (HEADER + YAML.writeValueAsString(entries)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the FAQ YAML", e);
        }
    }

    /** The language of a correction: as detected from its question and answer. */
    public static Lang lang(String question, String answer) {
        return Lang.detect(question + " " + answer, Lang.EN);
    }

    private static Map<String, Object> entry(FaqDraft draft, LocalDate today) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", draft.faqId());
        entry.put(
                "lang",
                draft.lang() != null
                        ? draft.lang()
                        : lang(draft.question(), draft.correctAnswer()).toString());
        entry.put("source", "staff correction " + draft.id());
        entry.put("effective", today.toString());
        entry.put("questions", List.of(draft.question().strip()));
        entry.put("answer", draft.correctAnswer().strip());
        return entry;
    }
}
