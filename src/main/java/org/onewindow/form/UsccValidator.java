package org.onewindow.form;

import java.util.regex.Pattern;
import java.util.Locale;

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
        String code = SPACES_AND_DASHES.matcher(Inputs.foldWidth(text)).replaceAll("").toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            return ValidationResult.error(
                    "A unified social credit code has 18 characters; you typed " + code.length() + ".",
                    "统一社会信用代码应为18位，您输入了" + code.length() + "位。");
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (CHARSET.indexOf(c) < 0) {
                return ValidationResult.error(
                        "Character " + (i + 1) + " is '" + c + "', which a credit code never contains "
                                + "(only digits and capital letters except I, O, S, V and Z).",
                        "第" + (i + 1) + "位是“" + c + "”，统一社会信用代码不使用该字符（只用数字和除I、O、S、V、Z以外的大写字母）。");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return ValidationResult.error(
                        "Characters 3 to 8 are the region code and must be digits; character " + (i + 1) + " is '"
                                + code.charAt(i) + "'.",
                        "第3至8位是登记管理机关行政区划码，应为数字；第" + (i + 1) + "位是“" + code.charAt(i) + "”。");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return ValidationResult.error(
                    "The check character should be " + expected + ", not " + code.charAt(17)
                            + " — please check the code.",
                    "校验位应为" + expected + "，而不是" + code.charAt(17) + "，请核对代码。");
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
