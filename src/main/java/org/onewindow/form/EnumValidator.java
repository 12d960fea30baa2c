package org.onewindow.form;

/** One of the field's options, by quick reply, value, label in either language, synonym or number. */
final class EnumValidator implements FieldValidator {

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        Option o = Choices.exact(text, field.options());
        if (o == null) {
            o = Choices.longest(text, field.options(), false);
        }
        if (o == null) {
            return ValidationResult.error(
                    "\"" + text.trim() + "\" is not one of the choices. Please pick " + Choices.list(field.options(), false) + ".",
                    "“" + text.trim() + "”不在可选项中，请选择" + Choices.list(field.options(), true) + "。");
        }
        return ValidationResult.ok(o.value(), o.label());
    }
}
