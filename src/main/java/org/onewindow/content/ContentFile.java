package org.onewindow.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One content file read for checking: its YAML (the whole file, or a Markdown document's front
 * matter) with lines, and the problems found in it so far.
 */
final class ContentFile {

    final Path path;
    final LocatedYaml yaml;
    final List<Problem> problems = new ArrayList<>();

    private ContentFile(Path path, LocatedYaml yaml) {
        this.path = path;
        this.yaml = yaml;
    }

    /** Reads a YAML file; an unreadable file or a syntax error becomes a problem and a null root. */
    static ContentFile yaml(Path path) {
        String text = text(path);
        if (text == null) {
            ContentFile f = new ContentFile(path, LocatedYaml.parse("", 1));
            f.problems.add(new Problem(path, 0, "cannot be read as UTF-8 text"));
            return f;
        }
        return fromYaml(path, LocatedYaml.parse(stripBom(text), 1));
    }

    /**
     * Reads a Markdown document's front matter the way the indexer finds it: YAML between a first
     * line {@code ---} and the next line starting with {@code ---}.
     */
    static ContentFile frontMatter(Path path) {
        String text = text(path);
        if (text == null) {
            ContentFile f = new ContentFile(path, LocatedYaml.parse("", 1));
            f.problems.add(new Problem(path, 0, "cannot be read as UTF-8 text"));
            return f;
        }
        String t = stripBom(text);
        String trimmed = t.stripLeading();
        int skippedLines = (int) t.substring(0, t.length() - trimmed.length())
                .chars()
                .filter(c -> c == '\n')
                .count();
        int start = trimmed.indexOf('\n');
        int end = start < 0 ? -1 : trimmed.indexOf("\n---", start);
        if (!trimmed.startsWith("---") || end < 0) {
            ContentFile f = new ContentFile(path, LocatedYaml.parse("", 1));
            f.problems.add(new Problem(
                    path,
                    1,
                    "no front matter: a document starts with a '---' line, the keys "
                            + "title, lang, department, source and effective, and another '---' line"));
            return f;
        }
        LocatedYaml yaml = LocatedYaml.parse(trimmed.substring(start + 1, end + 1), skippedLines + 2);
        ContentFile f = fromYaml(path, yaml);
        if (f.root() == null && f.problems.isEmpty()) {
            f.problems.add(new Problem(path, skippedLines + 1, "the front matter is empty"));
        }
        return f;
    }

    private static ContentFile fromYaml(Path path, LocatedYaml yaml) {
        ContentFile f = new ContentFile(path, yaml);
        yaml.flaws().forEach(flaw -> f.problems.add(new Problem(path, flaw.line(), flaw.message())));
        return f;
    }

    JsonNode root() {
        return yaml.root();
    }

    /** The file parsed and has no problems yet. */
    boolean clean() {
        return root() != null && problems.isEmpty();
    }

    void problem(String pointer, String message) {
        problems.add(new Problem(path, yaml.lineOf(pointer), message));
    }

    /** The text at {@code pointer} when it is a string there, else null. */
    String text(String pointer) {
        JsonNode n = root() == null ? null : root().at(pointer);
        return n != null && n.isTextual() ? n.asText().trim() : null;
    }

    private static String text(Path path) {
        try {
            return Files.readString(path);
        } catch (MalformedInputException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
