package org.onewindow.dialogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.form.FieldSpecView;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.Inputs;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.shared.Lang;

/**
 * The phone number or e-mail address in a message ("my mobile is 138 0731 0000"), checked by the
 * form validators: what a queued enterprise leaves to be called back on.
 */
final class CallBackContacts {
    private static final FieldSpecView PHONE = FieldSpecView.of(
            FieldType.PHONE,
            Texts.get(Lang.EN, "dialogue.contact.phone"),
            Texts.get(Lang.ZH, "dialogue.contact.phone"));
    private static final FieldSpecView EMAIL = FieldSpecView.of(
            FieldType.EMAIL,
            Texts.get(Lang.EN, "dialogue.contact.email"),
            Texts.get(Lang.ZH, "dialogue.contact.email"));
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^\\s@,;:<>()\\[\\]]+@[^\\s@,;:<>()\\[\\]]+");
    private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?\\d[\\d\\s\\-()]{5,}\\d");

    private CallBackContacts() {}

    /** The contact in its canonical form (as staff will dial or write to it), or null when the message holds no valid one. */
    static String find(String text, ValidationContext validation) {
        String folded = Inputs.foldWidth(text);
        Matcher email = EMAIL_SHAPE.matcher(folded);
        if (email.find()) {
            ValidationResult r =
                    FieldValidators.validate(Inputs.withoutTrailingStops(email.group()), EMAIL, validation);
            return r.isOk() ? String.valueOf(r.value()) : null;
        }
        Matcher phone = PHONE_SHAPE.matcher(folded);
        if (phone.find()) {
            ValidationResult r = FieldValidators.validate(phone.group(), PHONE, validation);
            return r.isOk() ? String.valueOf(r.value()) : null;
        }
        return null;
    }
}
