package org.onewindow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.form.LocalizedText;
import org.onewindow.shared.Lang;
import org.onewindow.testing.ShippedDepartments;

final class DepartmentRegistryTest {

    private static Path write(Path dir, String yaml) throws IOException {
        return Files.writeString(dir.resolve("departments.yaml"), yaml);
    }

    @Test
    void load_shippedRegistry_namesEveryDepartmentTheProcessesList() throws Exception {
        DepartmentRegistry registry = DepartmentRegistry.load(ShippedDepartments.FILE);

        for (ProcessDefinition def :
                ProcessCatalog.load(Path.of("knowledge-base/processes")).all()) {
            for (String id : def.departments()) {
                assertThat(registry.byId(id)).as("%s of %s", id, def.id()).isPresent();
            }
        }
        assertThat(registry.name("public-security", Lang.EN)).isEqualTo("Public Security Bureau");
        assertThat(registry.name("public-security", Lang.ZH)).isEqualTo("公安局");
    }

    @Test
    void names_joinedAsASentenceOfEachLanguage() {
        DepartmentRegistry registry = DepartmentRegistry.of(List.of(
                new Department("market-regulation", LocalizedText.of("Market Regulation Administration", "市场监督管理局")),
                new Department("tax", LocalizedText.of("Tax Bureau", "税务局"))));

        assertThat(registry.names(List.of("market-regulation", "tax"), Lang.EN))
                .isEqualTo("Market Regulation Administration, Tax Bureau");
        assertThat(registry.names(List.of("market-regulation", "tax"), Lang.ZH)).isEqualTo("市场监督管理局、税务局");
    }

    @Test
    void name_idTheRegistryDoesNotList_isTheIdItself() {
        DepartmentRegistry registry =
                DepartmentRegistry.of(List.of(new Department("tax", LocalizedText.of("Tax Bureau", "税务局"))));

        assertThat(registry.name("customs", Lang.EN)).isEqualTo("customs");
        assertThat(registry.byId("customs")).isEmpty();
    }

    @Test
    void load_idListedTwice_isRefusedOnItsLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, """
                departments:
                  - {id: tax, name: {en: Tax Bureau, zh: 税务局}}
                  - {id: tax, name: {en: Tax Office, zh: 税务所}}
                """);

        assertThatThrownBy(() -> DepartmentRegistry.load(file))
                .hasMessage("departments.yaml:3: department 'tax' is listed twice");
    }

    @Test
    void load_nameWithoutChinese_isRefusedOnItsLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "departments:\n  - {id: tax, name: {en: Tax Bureau}}\n");

        assertThatThrownBy(() -> DepartmentRegistry.load(file))
                .hasMessage("departments.yaml:2: missing zh text in 'name'");
    }
}
