package org.onewindow.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.shared.WordLists;

/**
 * Mainland phone numbers: mobiles (11 digits starting 13–19, optional +86) stored as
 * {@code 13812345678}; landlines (area code 0xx or 0xxx and a 7–8 digit number, optional
 * extension) stored as {@code 0731-88886666} or {@code 0731-88886666-123}.
 */
final class PhoneValidator implements FieldValidator {
    private static final Pattern COUNTRY_CODE_THEN_AREA = Pattern.compile("\\+?86[1-9]\\d+");
    private static final Pattern COUNTRY_CODE = Pattern.compile("^\\+?86");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()（）.]");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    /** An area code, the number and maybe an extension ("转12"): the extension words are in both languages. */
    private static final Pattern LANDLINE =
            WordLists.load("understanding/phones.txt").pattern("landline");

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String raw = Inputs.foldWidth(text).trim();
        String compact = SEPARATORS.matcher(raw).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        Matcher m = MOBILE.matcher(compact);
        if (m.matches()) {
            String n = m.group(1);
            // shown in full, grouped: the user must be able to spot a typo (there is no check digit)
            return ValidationResult.ok(n, n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7));
        }
        // A landline written without its leading area-code zero after +86 ("+86 731 ...") is also common.
        String landline = COUNTRY_CODE_THEN_AREA.matcher(compact).matches()
                ? "0" + COUNTRY_CODE.matcher(compact).replaceFirst("")
                : compact;
        m = LANDLINE.matcher(landline);
        if (m.matches()) {
            String n = m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
            return ValidationResult.ok(n, n);
        }
        String digits = NON_DIGITS.matcher(compact).replaceAll("");
        if (digits.startsWith("1") && digits.length() != 11) {
            return FieldTexts.error("process.field.phone.mobileLength", "length", digits.length());
        }
        if (digits.startsWith("1")) {
            return FieldTexts.error("process.field.phone.mobilePrefix", "part", digits.substring(0, 2));
        }
        return FieldTexts.error("process.field.phone.invalid");
    }
}
