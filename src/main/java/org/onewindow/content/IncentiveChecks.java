package org.onewindow.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.policy.IncentiveCatalog;
import org.onewindow.policy.IncentiveLoadException;
import org.onewindow.policy.LoadProblem;

/**
 * The incentives folder: {@code facts.yaml} and one file per incentive against their schemas, each
 * incentive's {@code process} against the process ids, then the incentive loader for what only it
 * knows (facts a criterion tests, operators that suit a fact, enum values). The loader names a
 * criterion by its path ({@code eligibility.all[1]}); that path is turned back into the line.
 */
final class IncentiveChecks {

    private static final Pattern CRITERION = Pattern.compile("criterion ([A-Za-z]+(?:[.\\[][A-Za-z0-9\\]-]*)*)");
    private static final Pattern FACT = Pattern.compile("fact '([^']+)'");
    private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z]+)'");

    private final ContentSchemas schemas;
    private final Path dir;
    private final Set<String> processes;

    IncentiveChecks(ContentSchemas schemas, Path dir, Set<String> processes) {
        this.schemas = schemas;
        this.dir = dir;
        this.processes = processes;
    }

    void check(List<Problem> out) {
        if (!Files.isDirectory(dir)) {
            return; // no incentives: the eligibility dialogue is simply off
        }
        Path factsPath = dir.resolve(IncentiveCatalog.FACTS_FILE);
        if (!Files.isRegularFile(factsPath)) {
            out.add(new Problem(factsPath, 0, "missing: it declares the enterprise facts the incentives test"));
            return;
        }
        ContentFile facts = read(factsPath, ContentSchemas.Kind.FACTS);
        out.addAll(facts.problems);
        Map<String, ContentFile> incentives = new HashMap<>();
        Set<String> broken = new HashSet<>();
        for (Path file : ContentCheck.yamlFiles(dir)) {
            if (file.getFileName().toString().equals(IncentiveCatalog.FACTS_FILE)) {
                continue;
            }
            ContentFile f = read(file, ContentSchemas.Kind.INCENTIVE);
            String process = f.text("/process");
            if (process != null && !processes.contains(process)) {
                f.problem("/process", "process '" + process + "' is not defined in processes/");
            }
            incentives.put(file.getFileName().toString(), f);
            if (!f.problems.isEmpty()) {
                broken.add(file.getFileName().toString());
            }
            out.addAll(f.problems);
        }
        if (!facts.problems.isEmpty()) {
            return;
        }
        try {
            IncentiveCatalog catalog = IncentiveCatalog.load(dir);
            for (LoadProblem p : catalog.problems()) {
                ContentFile f = incentives.get(p.file());
                if (f != null && !broken.contains(p.file())) {
                    String message = withoutFile(p.file(), p.message());
                    out.add(new Problem(f.path, lineOf(f, message), message));
                }
            }
        } catch (IncentiveLoadException e) {
            String message = withoutFile(e.file(), e.getMessage());
            Matcher fact = FACT.matcher(message);
            int line = 1;
            if (fact.find()) {
                JsonNode list = facts.root().path("facts");
                for (int i = 0; i < list.size(); i++) {
                    if (fact.group(1).equals(list.get(i).path("key").asText())) {
                        line = facts.yaml.lineOf("/facts/" + i);
                    }
                }
            }
            out.add(new Problem(facts.path, line, message));
        }
    }

    private ContentFile read(Path file, ContentSchemas.Kind kind) {
        ContentFile f = ContentFile.yaml(file);
        if (f.root() == null && f.problems.isEmpty()) {
            f.problems.add(new Problem(file, 1, "the file is empty"));
        }
        if (f.root() != null) {
            f.problems.addAll(schemas.validate(kind, f.yaml, file));
        }
        return f;
    }

    /** The line of the criterion or top-level key the loader's message names; the first line otherwise. */
    static int lineOf(ContentFile f, String message) {
        Matcher criterion = CRITERION.matcher(message);
        if (criterion.find()) {
            String path = criterion.group(1);
            String pointer = "/" + path.replace("[", "/").replace("]", "").replace(".", "/");
            return f.yaml.lineOf(pointer);
        }
        Matcher key = QUOTED_KEY.matcher(message);
        while (key.find()) {
            if (f.root() != null && f.root().has(key.group(1))) {
                return f.yaml.lineOf("/" + key.group(1));
            }
        }
        return 1;
    }

    private static String withoutFile(String file, String message) {
        return message.startsWith(file + ": ") ? message.substring(file.length() + 2) : message;
    }
}
