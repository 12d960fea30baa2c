package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.shared.Lang;
import org.onewindow.testing.ShippedDepartments;

final class ProcessDocumentsTest {

    private static SyntheticDocument.Section departments(List<SyntheticDocument> documents, String process, Lang lang) {
        return documents.stream()
                .filter(d -> d.source().equals("knowledge-base/processes/" + process + ".yaml") && d.lang() == lang)
                .findFirst()
                .orElseThrow()
                .sections()
                .stream()
                .filter(s -> s.heading().equals(Texts.get(lang, "dialogue.processDoc.departments")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void of_departmentsSection_namesTheDepartmentsAsTheRegistryDoes() throws Exception {
        List<SyntheticDocument> documents = ProcessDocuments.of(
                ProcessCatalog.load(Path.of("knowledge-base/processes")), ShippedDepartments.registry());

        assertThat(departments(documents, "start-business", Lang.EN).text())
                .isEqualTo("Departments involved in Start a business: Market Regulation Administration, "
                        + "Public Security Bureau, Tax Bureau, Human Resources and Social Security Bureau.");
        assertThat(departments(documents, "start-business", Lang.ZH).text())
                .isEqualTo("企业开办由以下部门联办：市场监督管理局、公安局、税务局、人力资源和社会保障局。");
    }
}
