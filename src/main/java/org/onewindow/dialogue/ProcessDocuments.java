package org.onewindow.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.knowledge.SyntheticDocument.Section;
import org.onewindow.process.DepartmentRegistry;
import org.onewindow.process.DocumentRequirement;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.shared.Lang;

/**
 * Turns every process definition into knowledge-base documents (one per language), so that
 * questions about a process's time limit, departments and materials are answered from its one
 * definition and never disagree with it.
 */
public final class ProcessDocuments {

    private ProcessDocuments() {}

    /** The documents of every definition of {@code catalog}, its departments named by {@code departments}. */
    public static List<SyntheticDocument> of(ProcessCatalog catalog, DepartmentRegistry departments) {
        List<SyntheticDocument> documents = new ArrayList<>();
        for (ProcessDefinition def : catalog.all()) {
            for (Lang lang : Lang.values()) {
                documents.add(document(def, departments, lang));
            }
        }
        return documents;
    }

    private static SyntheticDocument document(ProcessDefinition def, DepartmentRegistry departments, Lang lang) {
        String title = def.title(lang);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                Texts.get(lang, "dialogue.processDoc.about"),
                Texts.format(
                        lang,
                        "dialogue.processDoc.aboutText",
                        "process",
                        title,
                        "description",
                        def.description(lang))));
        // The park's sample commitment is told as such: the procedure guides say its figure is not verified.
        sections.add(new Section(
                Texts.get(lang, "dialogue.processDoc.timeLimit"),
                Texts.format(
                        lang,
                        def.sla().verified()
                                ? "dialogue.processDoc.timeLimitText"
                                : "dialogue.processDoc.sampleTimeLimitText",
                        "process",
                        title,
                        "days",
                        range(def, lang))));
        sections.add(new Section(
                Texts.get(lang, "dialogue.processDoc.departments"),
                Texts.format(
                        lang,
                        "dialogue.processDoc.departmentsText",
                        "process",
                        title,
                        "departments",
                        departments.names(def.departments(), lang))));
        String materials = def.documents().stream()
                .map(d -> label(d, lang))
                .collect(Collectors.joining(Texts.get(lang, "dialogue.processDoc.materialSeparator")));
        if (!materials.isEmpty()) {
            sections.add(new Section(
                    Texts.get(lang, "dialogue.processDoc.materials"),
                    Texts.format(lang, "dialogue.processDoc.materialsText", "materials", materials)));
        }
        String asked = def.fields().stream()
                .map(f -> f.label(lang))
                .collect(Collectors.joining(Texts.get(lang, "dialogue.processDoc.fieldSeparator")));
        sections.add(new Section(
                Texts.get(lang, "dialogue.processDoc.asked"),
                Texts.format(lang, "dialogue.processDoc.askedText", "fields", asked)));
        String department = def.departments().isEmpty() ? "" : def.departments().get(0);
        return new SyntheticDocument(
                "knowledge-base/processes/" + def.id() + ".yaml", def.title(lang), lang, department, null, sections);
    }

    private static String range(ProcessDefinition def, Lang lang) {
        int min = def.sla().minWorkingDays();
        int max = def.sla().maxWorkingDays();
        return min == max
                ? String.valueOf(max)
                : Texts.format(lang, "dialogue.processDoc.dayRange", "min", min, "max", max);
    }

    private static String label(DocumentRequirement d, Lang lang) {
        return d.label(lang) + (d.required() ? "" : Texts.get(lang, "dialogue.processDoc.ifApplicable"));
    }
}
