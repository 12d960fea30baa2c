package org.onewindow.form;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address: one @, a plausible local part, a domain with a dot. Stored in lower case: the
 * mail providers enterprises use treat the mailbox name without case, and one spelling lets the
 * departments match an address across applications.
 */
final class EmailValidator implements FieldValidator {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String email = Inputs.foldWidth(text).trim().replace('。', '.');
        int at = email.indexOf('@');
        if (at < 0) {
            return FieldTexts.error("process.field.email.noAt");
        }
        if (email.indexOf('@', at + 1) >= 0) {
            return FieldTexts.error("process.field.email.twoAts");
        }
        if (email.contains(" ")) {
            return FieldTexts.error("process.field.email.spaces");
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return FieldTexts.error("process.field.email.badLocalPart", "local", local);
        }
        if (!DOMAIN.matcher(domain).matches()) {
            return FieldTexts.error("process.field.email.badDomain", "domain", domain);
        }
        String value = (local + "@" + domain).toLowerCase(Locale.ROOT);
        return ValidationResult.ok(value, value);
    }
}
