package org.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.i18n.MessageCatalog;
import org.onewindow.shared.Lang;
import org.onewindow.testing.ShippedDepartments;

/** What GET /api/v1/messages/{lang} answers: the catalogue's texts and the registry's department names. */
final class MessageTextsTest {

    private final MessageCatalog catalog = MessageCatalog.bundled();

    @Test
    void texts_departmentPrefix_areTheRegistrysNamesOfThatLanguage() {
        Map<String, String> zh =
                MessageRoutes.texts(catalog, ShippedDepartments.registry(), Lang.ZH, List.of("widget.", "department."));
        Map<String, String> en = MessageRoutes.texts(catalog, ShippedDepartments.registry(), Lang.EN, List.of());

        assertThat(zh).containsEntry("department.tax", "税务局").containsEntry("widget.send", "发送");
        assertThat(en)
                .containsEntry("department.market-regulation", "Market Regulation Administration")
                .containsEntry("department.investment-promotion", "Park Investment Promotion Bureau")
                .containsEntry("console.send", "Send");
        assertThat(zh.keySet().stream().filter(k -> k.startsWith("department.")))
                .hasSize(ShippedDepartments.registry().all().size());
    }

    @Test
    void texts_otherPrefixes_leaveTheDepartmentsOut() {
        Map<String, String> texts =
                MessageRoutes.texts(catalog, ShippedDepartments.registry(), Lang.EN, List.of("console."));

        assertThat(texts).isNotEmpty().allSatisfy((key, text) -> assertThat(key).startsWith("console."));
    }
}
