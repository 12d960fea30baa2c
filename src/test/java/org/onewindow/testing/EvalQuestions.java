package org.onewindow.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.shared.Lang;

/** The knowledge evaluation set ({@code eval/knowledge-eval.yaml}), shared by the quality test and the benchmarks. */
public final class EvalQuestions {

    /** One question: its language and the acceptable sources, empty when nothing should be cited. */
    public record Item(String q, Lang lang, List<String> expect) {
        public boolean outOfScope() {
            return expect.isEmpty();
        }
    }

    private static final List<Item> ITEMS = load();

    private EvalQuestions() {}

    public static List<Item> all() {
        return ITEMS;
    }

    public static List<String> inScope() {
        return ITEMS.stream().filter(i -> !i.outOfScope()).map(Item::q).toList();
    }

    public static List<String> outOfScope() {
        return ITEMS.stream().filter(Item::outOfScope).map(Item::q).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Item> load() {
        ObjectMapper yaml = new YAMLMapper();
        List<Item> items = new ArrayList<>();
        try (InputStream in = EvalQuestions.class.getResourceAsStream("/eval/knowledge-eval.yaml")) {
            if (in == null) {
                throw new IllegalStateException("eval/knowledge-eval.yaml is missing from the test resources");
            }
            for (Map<String, Object> m : (List<Map<String, Object>>) yaml.readValue(in, List.class)) {
                Object e = m.get("expect");
                List<String> expect = e instanceof List<?> l
                        ? l.stream().map(Object::toString).toList()
                        : List.of();
                items.add(
                        new Item(String.valueOf(m.get("q")), Lang.parseOrNull(String.valueOf(m.get("lang"))), expect));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(items);
    }
}
