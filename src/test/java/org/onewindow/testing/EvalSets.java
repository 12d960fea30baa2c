package org.onewindow.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Evaluation sets kept as YAML lists of items, and the tally of how many of each group passed. */
public final class EvalSets {

    private EvalSets() {}

    /** The items of a YAML list on the test classpath, read as {@code type}. */
    public static <T> List<T> load(String resource, Class<T> type) {
        try (InputStream in = EvalSets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            return yaml.readValue(in, yaml.getTypeFactory().constructCollectionType(List.class, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Passed and total per group, and the misses worth printing. */
    public static final class Tally {
        private int items;
        private int passed;
        private final Map<String, int[]> groups = new TreeMap<>();
        private final List<String> misses = new ArrayList<>();

        /** One item, counted in each of {@code groups}; {@code miss} is printed when it failed (null: not printed). */
        public void count(boolean ok, String miss, String... inGroups) {
            items++;
            if (ok) {
                passed++;
            } else if (miss != null) {
                misses.add(miss);
            }
            for (String g : inGroups) {
                int[] n = groups.computeIfAbsent(g, k -> new int[2]);
                n[1]++;
                if (ok) {
                    n[0]++;
                }
            }
        }

        public int items() {
            return items;
        }

        public double accuracy() {
            return items == 0 ? 0 : (double) passed / items;
        }

        public double share(String group) {
            int[] n = groups.getOrDefault(group, new int[2]);
            return n[1] == 0 ? 0 : (double) n[0] / n[1];
        }

        public String report(String title) {
            StringBuilder out = new StringBuilder(
                    String.format(Locale.ROOT, "%s: %d/%d = %.1f%%%n", title, passed, items, 100 * accuracy()));
            groups.forEach((g, n) -> out.append(
                    String.format(Locale.ROOT, "  %-22s %3d/%3d = %5.1f%%%n", g, n[0], n[1], 100.0 * n[0] / n[1])));
            misses.forEach(m -> out.append(m).append('\n'));
            return out.toString();
        }
    }
}
