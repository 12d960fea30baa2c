package org.onewindow.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PayloadMappingTest {

    private static final JsonObject PAYLOAD = new JsonObject("""
            {"schemaVersion": 1, "submissionId": "s1", "receipt": "OW-2026-000001", "version": 2,
             "processId": "start-business", "enterprise": {"name": "Acme", "uscc": "91350100M000100Y43"},
             "answers": {"capital": 1000000, "companyName": "Acme Ltd", "phone": "13800000000"},
             "files": [{"name": "lease.pdf"}]}""");

    private static PayloadMapping mapping(String json) {
        return PayloadMapping.from(
                new Settings("tax.yaml", "mapping", new JsonObject(json), Path.of("/data"), Map.of()));
    }

    @Test
    void noMapping_sendsThePayloadUnchanged() {
        assertThat(PayloadMapping.IDENTITY.apply(PAYLOAD)).isEqualTo(PAYLOAD);
    }

    @Test
    void rules_keepASubsetRenameAndAddConstants() {
        JsonObject out = mapping("""
                {"include": ["receipt", "answers.capital", "answers.companyName"],
                 "rename": {"answers.companyName": "entName", "enterprise.uscc": "taxpayer.id"},
                 "constants": {"dept": "SWJ", "meta.channel": "onewindow"}}""").apply(PAYLOAD);
        assertThat(out).isEqualTo(new JsonObject("""
                {"receipt": "OW-2026-000001", "answers": {"capital": 1000000}, "entName": "Acme Ltd",
                 "taxpayer": {"id": "91350100M000100Y43"}, "dept": "SWJ", "meta": {"channel": "onewindow"}}"""));
        assertThat(PAYLOAD.getJsonObject("answers").containsKey("companyName")).isTrue();
    }

    @Test
    void template_fillsTypedValuesAndInterpolatesText() {
        JsonObject out = mapping("""
                {"template": {"applyNo": "{{receipt}}", "capital": "{{answers.capital}}", "version": "{{ version }}",
                              "title": "OneWindow {{receipt}} v{{version}}", "firstFile": "{{files.0.name}}",
                              "missing": "{{answers.nothing}}", "channel": "ONEWINDOW", "nested": {"uscc": "{{enterprise.uscc}}"}}}""").apply(PAYLOAD);
        assertThat(out.getValue("capital")).isEqualTo(1000000);
        assertThat(out.getValue("version")).isEqualTo(2);
        assertThat(out.getString("title")).isEqualTo("OneWindow OW-2026-000001 v2");
        assertThat(out.getString("firstFile")).isEqualTo("lease.pdf");
        assertThat(out.containsKey("missing")).isTrue();
        assertThat(out.getValue("missing")).isNull();
        assertThat(out.getJsonObject("nested").getString("uscc")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void templateWithRules_orUnknownKey_isRefusedNamingTheKey() {
        assertThatThrownBy(() -> mapping("{\"template\": {}, \"constants\": {}}"))
                .hasMessage("tax.yaml: mapping.template: cannot be combined with include, rename or constants");
        assertThatThrownBy(() -> mapping("{\"renames\": {}}"))
                .hasMessageStartingWith("tax.yaml: mapping.renames: unknown mapping key");
    }
}
