package org.onewindow.i18n;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One message in the ICU MessageFormat syntax the catalogues use, parsed once:
 * {@code {name}}, {@code {n, number}}, {@code {n, plural, =0 {…} one {…} other {… # …}}} and
 * {@code {kind, select, a {…} other {…}}}. Apostrophes follow ICU's default: {@code ''} is one
 * apostrophe, {@code '{'} quotes syntax characters, and any other apostrophe ("park's") is literal.
 * A small subset on purpose: ICU4J would add 14 MB for two languages.
 */
public final class MessagePattern {

    private sealed interface Part permits Literal, Argument, Hash, Choice {}

    private record Literal(String text) implements Part {}

    /** {@code {name}} or {@code {name, number}}. */
    private record Argument(String name, boolean number) implements Part {}

    /** {@code #} inside a plural branch: the plural argument's value as a number. */
    private record Hash() implements Part {}

    /** {@code plural} or {@code select}: the branch chosen by the argument's value. */
    private record Choice(String name, boolean plural, Map<String, List<Part>> branches) implements Part {}

    private final String source;
    private final List<Part> parts;
    private final Set<String> arguments;

    private MessagePattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
        Set<String> names = new LinkedHashSet<>();
        collectArguments(parts, names);
        this.arguments = Collections.unmodifiableSet(names);
    }

    /** Parses {@code source}; an {@link IllegalArgumentException} names what is wrong and where. */
    public static MessagePattern parse(String source) {
        Parser parser = new Parser(source);
        List<Part> parts = parser.parts(false, false);
        if (parser.at < source.length()) {
            throw parser.error("a '}' that closes nothing");
        }
        return new MessagePattern(source, List.copyOf(parts));
    }

    /** The text as written in the catalogue. */
    public String source() {
        return source;
    }

    /** The names of the arguments the message uses, in order of first use. */
    public Set<String> arguments() {
        return arguments;
    }

    /** Whether the message uses only {@code {name}} and {@code {name, number}}: what the browser formatter reads. */
    public boolean isSimple() {
        return isSimple(parts);
    }

    /**
     * The message with {@code args} filled in, numbers and plurals as in {@code locale}; a
     * {@link MissingArgumentException} when an argument the message uses is not given.
     */
    public String format(Map<String, ?> args, Locale locale) {
        StringBuilder out = new StringBuilder();
        append(out, parts, args, locale, null);
        return out.toString();
    }

    private static void append(StringBuilder out, List<Part> parts, Map<String, ?> args, Locale locale, Number hash) {
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Hash) {
                out.append(NumberFormat.getNumberInstance(locale).format(hash));
            } else if (part instanceof Argument argument) {
                Object value = value(args, argument.name());
                out.append(
                        argument.number()
                                ? NumberFormat.getNumberInstance(locale).format(number(argument.name(), value))
                                : String.valueOf(value));
            } else if (part instanceof Choice choice) {
                Object value = value(args, choice.name());
                if (choice.plural()) {
                    Number n = number(choice.name(), value);
                    append(out, pluralBranch(choice.branches(), n, locale), args, locale, n);
                } else {
                    List<Part> branch = choice.branches().get(String.valueOf(value));
                    append(out, branch != null ? branch : choice.branches().get("other"), args, locale, hash);
                }
            }
        }
    }

    private static Object value(Map<String, ?> args, String name) {
        if (!args.containsKey(name)) {
            throw new MissingArgumentException(name);
        }
        // Given as null: written "null", as String.format did before the catalogues.
        return args.get(name);
    }

    private static Number number(String name, Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("argument {" + name + "} must be a number, not \"" + value + "\"");
    }

    /** An exact {@code =n} branch first, then the language's category: English one/other; Chinese has only other. */
    private static List<Part> pluralBranch(Map<String, List<Part>> branches, Number n, Locale locale) {
        for (Map.Entry<String, List<Part>> branch : branches.entrySet()) {
            if (branch.getKey().startsWith("=")
                    && Double.parseDouble(branch.getKey().substring(1)) == n.doubleValue()) {
                return branch.getValue();
            }
        }
        boolean one =
                "en".equals(locale.getLanguage()) && n.doubleValue() == 1 && !(n instanceof Double d && d % 1 != 0);
        List<Part> branch = one ? branches.get("one") : null;
        return branch != null ? branch : branches.get("other");
    }

    private static void collectArguments(List<Part> parts, Set<String> names) {
        for (Part part : parts) {
            if (part instanceof Argument argument) {
                names.add(argument.name());
            } else if (part instanceof Choice choice) {
                names.add(choice.name());
                choice.branches().values().forEach(branch -> collectArguments(branch, names));
            }
        }
    }

    private static boolean isSimple(List<Part> parts) {
        return parts.stream().allMatch(part -> part instanceof Literal || part instanceof Argument);
    }

    @Override
    public String toString() {
        return source;
    }

    /** Thrown by {@link #format} when an argument the message uses was not given. */
    public static final class MissingArgumentException extends IllegalArgumentException {
        private final String argument;

        MissingArgumentException(String argument) {
            super("argument {" + argument + "} is not given");
            this.argument = argument;
        }

        public String argument() {
            return argument;
        }
    }

    /** A recursive-descent reader of the pattern; {@code at} is the next character. */
    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        /** Parts up to an unquoted '}' (not consumed) or the end; {@code inPlural} makes '#' the number. */
        List<Part> parts(boolean nested, boolean inPlural) {
            List<Part> parts = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '\'') {
                    quoted(text, inPlural);
                } else if (c == '{') {
                    flush(text, parts);
                    parts.add(placeholder());
                } else if (c == '}') {
                    if (!nested) {
                        throw error("a '}' that closes nothing");
                    }
                    break;
                } else if (c == '#' && inPlural) {
                    flush(text, parts);
                    parts.add(new Hash());
                    at++;
                } else {
                    text.append(c);
                    at++;
                }
            }
            flush(text, parts);
            return parts;
        }

        /** ICU's apostrophe rule: '' is one; ' before a syntax character quotes up to the next lone '; else literal. */
        private void quoted(StringBuilder text, boolean inPlural) {
            char next = at + 1 < s.length() ? s.charAt(at + 1) : 0;
            if (next == '\'') {
                text.append('\'');
                at += 2;
            } else if (next == '{' || next == '}' || (next == '#' && inPlural)) {
                at++;
                while (true) {
                    if (at >= s.length()) {
                        throw error("a quote opened with ' is never closed");
                    }
                    char c = s.charAt(at);
                    if (c == '\'' && at + 1 < s.length() && s.charAt(at + 1) == '\'') {
                        text.append('\'');
                        at += 2;
                    } else if (c == '\'') {
                        at++;
                        return;
                    } else {
                        text.append(c);
                        at++;
                    }
                }
            } else {
                text.append('\'');
                at++;
            }
        }

        private Part placeholder() {
            int start = at;
            at++; // '{'
            String name = word();
            if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                at = start;
                throw error("an argument name (letters, digits, _) after '{'");
            }
            skipSpace();
            if (peek() == '}') {
                at++;
                return new Argument(name, false);
            }
            expect(',');
            String type = word();
            skipSpace();
            switch (type) {
                case "number" -> {
                    expect('}');
                    return new Argument(name, true);
                }
                case "plural", "select" -> {
                    expect(',');
                    Map<String, List<Part>> branches = new LinkedHashMap<>();
                    boolean plural = type.equals("plural");
                    while (true) {
                        skipSpace();
                        if (peek() == '}') {
                            at++;
                            break;
                        }
                        String key = word();
                        if (key.isEmpty()
                                || (plural && !key.matches("=\\d+(\\.\\d+)?|zero|one|two|few|many|other"))
                                || (!plural && !key.matches("[A-Za-z0-9_-]+"))) {
                            throw error("a " + type + " branch name, not \"" + key + "\"");
                        }
                        if (branches.containsKey(key)) {
                            throw error("the " + type + " branch \"" + key + "\" twice");
                        }
                        skipSpace();
                        expect('{');
                        branches.put(key, List.copyOf(parts(true, plural)));
                        expect('}');
                    }
                    if (!branches.containsKey("other")) {
                        throw error("an 'other' branch in the " + type + " of {" + name + "}");
                    }
                    return new Choice(name, plural, Map.copyOf(branches));
                }
                default -> throw error("number, plural or select after {" + name + ", (not \"" + type + "\")");
            }
        }

        private String word() {
            skipSpace();
            int start = at;
            while (at < s.length() && !Character.isWhitespace(s.charAt(at)) && "{},".indexOf(s.charAt(at)) < 0) {
                at++;
            }
            return s.substring(start, at);
        }

        private void skipSpace() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return at < s.length() ? s.charAt(at) : 0;
        }

        private void expect(char c) {
            skipSpace();
            if (peek() != c) {
                throw error("'" + c + "'");
            }
            at++;
        }

        private static void flush(StringBuilder text, List<Part> parts) {
            if (!text.isEmpty()) {
                parts.add(new Literal(text.toString()));
                text.setLength(0);
            }
        }

        IllegalArgumentException error(String expected) {
            String found = at < s.length() ? "'" + s.charAt(at) + "'" : "the end";
            return new IllegalArgumentException(
                    expected.startsWith("a '}' that") || expected.startsWith("a quote")
                            ? expected + " at character " + at + " of \"" + s + "\""
                            : "expected " + expected + " at character " + at + " (found " + found + ") of \"" + s
                                    + "\"");
        }
    }
}
