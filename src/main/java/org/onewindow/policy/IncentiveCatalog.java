package org.onewindow.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The incentives of a directory and the profile facts they test. {@code facts.yaml} declares the
 * facts (in asking order on ties); every other {@code *.yaml} is one incentive. A malformed
 * incentive file is left out and reported in {@link #problems()}, naming the file and the
 * criterion; the others stay active. Immutable.
 */
public final class IncentiveCatalog {

    public static final String FACTS_FILE = "facts.yaml";

    private final Map<String, FactDefinition> facts;
    private final List<Incentive> incentives;
    private final List<LoadProblem> problems;

    public IncentiveCatalog(Map<String, FactDefinition> facts, List<Incentive> incentives, List<LoadProblem> problems) {
        this.facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        this.incentives = List.copyOf(incentives);
        this.problems = List.copyOf(problems);
    }

    /** Loads {@code dir}; fails only when {@code facts.yaml} is missing or malformed. */
    public static IncentiveCatalog load(Path dir) throws IncentiveLoadException {
        Path factsFile = dir.resolve(FACTS_FILE);
        if (!Files.isRegularFile(factsFile)) {
            throw new IncentiveLoadException(FACTS_FILE, "missing in " + dir + " (it declares the profile facts)");
        }
        Map<String, FactDefinition> facts = IncentiveReader.facts(factsFile);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals(FACTS_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IncentiveLoadException(dir.toString(), "cannot list the directory: " + e.getMessage());
        }
        List<Incentive> incentives = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (Path p : files) {
            String file = p.getFileName().toString();
            try {
                Incentive i = IncentiveReader.incentive(p, facts);
                String other = fileOfId.putIfAbsent(i.id(), file);
                if (other != null) {
                    throw new IncentiveLoadException(file, "id '" + i.id() + "' is already used by " + other);
                }
                incentives.add(i);
            } catch (IncentiveLoadException e) {
                problems.add(new LoadProblem(file, e.getMessage()));
            } catch (RuntimeException e) {
                problems.add(new LoadProblem(file, file + ": " + e.getMessage()));
            }
        }
        return new IncentiveCatalog(facts, incentives, problems);
    }

    public Map<String, FactDefinition> facts() {
        return facts;
    }

    public Optional<FactDefinition> fact(String key) {
        return Optional.ofNullable(facts.get(key));
    }

    /** Every loaded incentive, expired ones included. */
    public List<Incentive> incentives() {
        return incentives;
    }

    public Optional<Incentive> incentive(String id) {
        return incentives.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    /** The incentives in force on {@code day}; expired and not-yet-effective ones are never offered. */
    public List<Incentive> inForce(LocalDate day) {
        return incentives.stream().filter(i -> i.inForceOn(day)).toList();
    }

    /** Evaluates every incentive in force on {@code today} against {@code facts}. */
    public List<Evaluation> evaluate(Map<String, Fact> facts, LocalDate today) {
        return inForce(today).stream()
                .map(i -> Evaluator.evaluate(i, facts, today))
                .toList();
    }
}
