package org.onewindow.form;

/** The validator of each field type. */
public final class FieldValidators {

    private static final FieldValidator TEXT = new TextValidator();
    private static final FieldValidator NUMBER = new NumberValidator();
    private static final FieldValidator MONEY = new MoneyValidator();
    private static final FieldValidator DATE = new DateValidator();
    private static final FieldValidator ENUM = new EnumValidator();
    private static final FieldValidator BOOLEAN = new BooleanValidator();
    private static final FieldValidator USCC = new UsccValidator();
    private static final FieldValidator ID_CARD = new IdCardValidator();
    private static final FieldValidator PHONE = new PhoneValidator();
    private static final FieldValidator EMAIL = new EmailValidator();
    private static final FieldValidator FILE = new FileValidator();

    private FieldValidators() {}

    public static FieldValidator forType(FieldType type) {
        return switch (type) {
            case TEXT -> TEXT;
            case NUMBER -> NUMBER;
            case MONEY -> MONEY;
            case DATE -> DATE;
            case ENUM -> ENUM;
            case BOOLEAN -> BOOLEAN;
            case USCC -> USCC;
            case ID_CARD -> ID_CARD;
            case PHONE -> PHONE;
            case EMAIL -> EMAIL;
            case FILE -> FILE;
        };
    }

    /** Validates a typed answer to {@code field}. */
    public static ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        return forType(field.type()).validate(text == null ? "" : text, field, context);
    }

    /** The options a user can choose from: the declared ones, or Yes/No for a boolean field without any. */
    public static java.util.List<Option> choices(FieldSpecView field) {
        if (field.type() == FieldType.BOOLEAN) {
            return java.util.List.of(
                    field.options().stream()
                            .filter(o -> o.value().equals("true"))
                            .findFirst()
                            .orElse(BooleanValidator.YES),
                    field.options().stream()
                            .filter(o -> o.value().equals("false"))
                            .findFirst()
                            .orElse(BooleanValidator.NO));
        }
        return field.options();
    }
}
