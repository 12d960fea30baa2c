package org.onewindow.form;

import java.util.ArrayList;
import java.util.List;

/**
 * Yes or no, typed in either language (是/否/对/不是/有/没有/yes/no/yep/nope…) or chosen by quick
 * reply; a field may declare its own options (values "true"/"false") with extra labels and synonyms.
 */
final class BooleanValidator implements FieldValidator {

    static final Option YES = new Option("true", LocalizedText.of("Yes", "是"), List.of(
            "yes", "y", "yeah", "yep", "yup", "sure", "correct", "right", "true", "ok", "okay", "of course", "indeed",
            "it is", "that's right", "still right", "是", "是的", "对", "对的", "有", "要", "需要", "好", "好的", "没错",
            "正确", "确认", "嗯", "可以", "行", "同意", "是滴", "没问题"));
    static final Option NO = new Option("false", LocalizedText.of("No", "否"), List.of(
            "no", "n", "nope", "not", "false", "wrong", "incorrect", "none", "nah", "negative", "否", "不是", "不",
            "没有", "无", "不要", "不需要", "不对", "错", "错了", "不用", "没", "不行", "不同意", "不正确"));

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        List<Option> options = options(field);
        Option o = Choices.exact(text, options);
        if (o == null) {
            o = Choices.longest(text, options, true);
        }
        if (o == null) {
            return FieldTexts.error("process.field.boolean.yesOrNo");
        }
        boolean value = o.value().equals("true");
        Option display = declared(field, o.value());
        return ValidationResult.ok(value, display == null ? (value ? YES.label() : NO.label()) : display.label());
    }

    /** The field's own options merged with the default yes/no synonyms. */
    static List<Option> options(FieldSpecView field) {
        List<Option> merged = new ArrayList<>();
        for (Option base : List.of(YES, NO)) {
            Option own = declared(field, base.value());
            if (own == null) {
                merged.add(base);
            } else {
                List<String> synonyms = new ArrayList<>(own.synonyms());
                synonyms.addAll(base.synonyms());
                synonyms.add(base.label().en());
                synonyms.add(base.label().zh());
                merged.add(new Option(base.value(), own.label(), synonyms));
            }
        }
        return merged;
    }

    private static Option declared(FieldSpecView field, String value) {
        return field.options().stream().filter(x -> x.value().equals(value)).findFirst().orElse(null);
    }
}
