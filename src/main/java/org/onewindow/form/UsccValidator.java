package org.onewindow.form;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from the 31-character
 * set {@code 0-9 A-H J-N P-R T U W-Y}, positions 3–8 an administrative division code, and a check
 * character computed with weights 3^(i) mod 31.
 */
final class UsccValidator implements FieldValidator {
    private static final Pattern SPACES_AND_DASHES = Pattern.compile("[\\s-]");

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String code =
                SPACES_AND_DASHES.matcher(Inputs.foldWidth(text)).replaceAll("").toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            return FieldTexts.error("process.field.uscc.length", "length", code.length());
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (CHARSET.indexOf(c) < 0) {
                return FieldTexts.error("process.field.uscc.badCharacter", "i", i + 1, "c", c);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return FieldTexts.error("process.field.uscc.regionCode", "i", i + 1, "character", code.charAt(i));
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return FieldTexts.error(
                    "process.field.uscc.checkCharacter", "expected", expected, "character", code.charAt(17));
        }
        return ValidationResult.ok(code, code);
    }

    /** The check character for the first 17 characters (which must be from the charset). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }
}
