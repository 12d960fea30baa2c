package org.onewindow.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The words and expressions a message is read with (cue words, question words, number words, the
 * names of commands in either language), kept in text files on the class path instead of in Java,
 * so that each language's words live together and can be read and extended without the code.
 *
 * <p>A file is a sequence of lists, each under a header line {@code [name]}; every other line is one
 * entry, stripped of the spaces around it. Blank lines and lines starting with {@code #} are
 * skipped. An entry that needs spaces at its edges is written in double quotes ({@code "real "}).
 * A list read as a regular expression is the concatenation of its entries, so a long alternation
 * is written one alternative per line, each after the first starting with {@code |}.
 *
 * <p>Files are read once, when the class that uses them is initialised; a missing file or list, an
 * empty list or an expression that does not compile fails loudly, naming the file and the list.
 */
public final class WordLists {
    private static final Pattern HEADER = Pattern.compile("\\[([a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)]");

    private final String file;
    private final Map<String, List<String>> lists;
    private final Map<String, Integer> lines;

    private WordLists(String file, Map<String, List<String>> lists, Map<String, Integer> lines) {
        this.file = file;
        this.lists = lists;
        this.lines = lines;
    }

    /** Reads {@code resource} (a class-path name such as {@code understanding/commands.txt}). */
    public static WordLists load(String resource) {
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list file " + resource + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list file " + resource, e);
        }
    }

    static WordLists parse(String file, List<String> text) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> current = null;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var header = HEADER.matcher(line);
            if (header.matches()) {
                String name = header.group(1);
                if (lists.containsKey(name)) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": list [" + name
                            + "] is given twice (first at line " + lines.get(name) + ")");
                }
                current = new ArrayList<>();
                lists.put(name, current);
                lines.put(name, i + 1);
            } else if (current == null) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": an entry before the first [list] header");
            } else {
                current.add(
                        line.length() >= 2 && line.startsWith("\"") && line.endsWith("\"")
                                ? line.substring(1, line.length() - 1)
                                : line);
            }
        }
        return new WordLists(file, lists, lines);
    }

    /** Whether the file has the list (for lists that may be left out). */
    public boolean has(String name) {
        return lists.containsKey(name);
    }

    /** The entries of the named lists, one after another, in the file's order. */
    public List<String> list(String... names) {
        List<String> all = new ArrayList<>();
        for (String name : names) {
            all.addAll(entries(name));
        }
        return List.copyOf(all);
    }

    /** The entries of the named lists as a set. */
    public Set<String> set(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(list(names)));
    }

    /** The list's entries joined into one string (a set of characters, say). */
    public String text(String name) {
        return String.join("", entries(name));
    }

    /** The list's entries joined into one regular expression's source. */
    public String regex(String name) {
        return String.join("", entries(name));
    }

    /** The list's entries joined into one regular expression, compiled with {@code flags}. */
    public Pattern pattern(String name, int flags) {
        String regex = regex(name);
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(
                    file + ":" + lines.get(name) + ": list [" + name + "] is not a valid regular expression: "
                            + e.getDescription() + " at index " + e.getIndex(),
                    e);
        }
    }

    /** The list's entries joined into one regular expression. */
    public Pattern pattern(String name) {
        return pattern(name, 0);
    }

    /** Each entry of the list compiled as a regular expression of its own. */
    public List<Pattern> patterns(String name) {
        List<Pattern> patterns = new ArrayList<>();
        for (String entry : entries(name)) {
            try {
                patterns.add(Pattern.compile(entry));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(
                        file + ": list [" + name + "] holds an invalid regular expression \"" + entry + "\": "
                                + e.getDescription() + " at index " + e.getIndex(),
                        e);
            }
        }
        return List.copyOf(patterns);
    }

    /** The list read as pairs, each entry {@code key = value}, in the file's order (a key may come again). */
    public List<Map.Entry<String, String>> pairs(String name) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String entry : entries(name)) {
            int eq = entry.indexOf(" = ");
            if (eq <= 0) {
                throw new IllegalStateException(
                        file + ": list [" + name + "] has \"" + entry + "\", which is not a \"key = value\" pair");
            }
            pairs.add(Map.entry(
                    entry.substring(0, eq).strip(), entry.substring(eq + 3).strip()));
        }
        return List.copyOf(pairs);
    }

    /** The list read as a map, each entry {@code key = value}, in the file's order. */
    public Map<String, String> map(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : pairs(name)) {
            if (map.put(pair.getKey(), pair.getValue()) != null) {
                throw new IllegalStateException(file + ": list [" + name + "] gives \"" + pair.getKey() + "\" twice");
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private List<String> entries(String name) {
        List<String> entries = lists.get(name);
        if (entries == null) {
            throw new IllegalStateException(file + ": no list [" + name + "]");
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(file + ":" + lines.get(name) + ": list [" + name + "] is empty");
        }
        return entries;
    }
}
