package org.onewindow.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Shared test data: the shipped catalog, small catalogs written to a temp dir, facts. */
final class Fixtures {

    static final Path SHIPPED = Path.of("knowledge-base/incentives");
    /** 2026-03-02 10:00 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    static final String FACTS = """
            facts:
              - key: x
                type: boolean
                label: {en: x, zh: 甲}
                question: {en: "Is x?", zh: "是否甲？"}
              - key: y
                type: number
                min: 0
                label: {en: y, zh: 乙}
                question: {en: "How much y?", zh: "乙是多少？"}
              - key: z
                type: money
                label: {en: z, zh: 丙}
                question: {en: "How much z?", zh: "丙是多少元？"}
              - key: kind
                type: enum
                label: {en: kind, zh: 类型}
                question: {en: "Which kind?", zh: "哪一类？"}
                options:
                  - {value: a, en: A, zh: 甲类}
                  - {value: b, en: B, zh: 乙类}
            """;

    private Fixtures() {}

    static IncentiveCatalog shipped() {
        try {
            return IncentiveCatalog.load(SHIPPED);
        } catch (IncentiveLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static String incentive(String id, String eligibility, String extra) {
        return "id: " + id + "\n"
                + "title: {en: \"Incentive " + id + "\", zh: \"政策" + id + "\"}\n"
                + "department: {en: Tax, zh: 税务}\n"
                + "source: [https://example.org/" + id + "]\n"
                + "clause: {en: \"art. 1\", zh: \"第一条\"}\n"
                + "effective: 2023-01-01\n"
                + "benefit: {en: \"Benefit " + id + "\", zh: \"优惠" + id + "\"}\n"
                + extra
                + "eligibility:\n" + eligibility.indent(2);
    }

    static Path write(Path dir, String file, String text) {
        try {
            return Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Fact> facts(String... keyValues) {
        Map<String, Fact> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], new Fact(keyValues[i], keyValues[i + 1], "test", AT));
        }
        return m;
    }
}
