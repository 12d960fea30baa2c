package org.onewindow.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.knowledge.SyntheticDocument.Section;
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

    private ProcessDocuments() {
    }

    public static List<SyntheticDocument> of(ProcessCatalog catalog) {
        List<SyntheticDocument> documents = new ArrayList<>();
        for (ProcessDefinition def : catalog.all()) {
            for (Lang lang : Lang.values()) {
                documents.add(document(def, lang));
            }
        }
        return documents;
    }

    private static SyntheticDocument document(ProcessDefinition def, Lang lang) {
        boolean zh = lang == Lang.ZH;
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(zh ? "事项说明" : "About", def.title(lang) + (zh ? "：" : ": ") + def.description(lang)));
        sections.add(new Section(zh ? "办理时限" : "Time limit", zh
                ? def.title(lang) + "承诺办理时限为" + range(def, "至") + "个工作日（自提交次日起按工作日计算，节假日顺延）。"
                : "The committed time limit for " + def.title(lang).toLowerCase(java.util.Locale.ROOT) + " is "
                        + range(def, " to ") + " working days, counted from the first working day after submission."));
        sections.add(new Section(zh ? "参与部门" : "Departments", zh
                ? def.title(lang) + "由以下部门联办：" + def.departmentNames(lang) + "。"
                : "Departments involved in " + def.title(lang) + ": " + def.departmentNames(lang) + "."));
        String materials = def.documents().stream().map(d -> label(d, lang)).collect(Collectors.joining(zh ? "；" : "; "));
        if (!materials.isEmpty()) {
            sections.add(new Section(zh ? "所需材料" : "Materials", (zh ? "需准备的材料：" : "Documents to prepare: ") + materials
                    + (zh ? "。" : ".")));
        }
        String asked = def.fields().stream().map(f -> f.label(lang)).collect(Collectors.joining(zh ? "、" : ", "));
        sections.add(new Section(zh ? "需要填写的信息" : "What you will be asked",
                (zh ? "在线办理时将依次询问：" : "The online intake asks for: ") + asked + (zh ? "。" : ".")));
        String department = def.departments().isEmpty() ? "" : def.departments().get(0);
        return new SyntheticDocument("knowledge-base/processes/" + def.id() + ".yaml", def.title(lang), lang,
                department, null, sections);
    }

    private static String range(ProcessDefinition def, String to) {
        int min = def.sla().minWorkingDays();
        int max = def.sla().maxWorkingDays();
        return min == max ? String.valueOf(max) : min + to + max;
    }

    private static String label(DocumentRequirement d, Lang lang) {
        return d.label(lang) + (d.required() ? "" : (lang == Lang.ZH ? "（如适用）" : " (if applicable)"));
    }

}
