package org.onewindow.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PRC resident identity card number, GB 11643-1999: 17 digits (6-digit address code, 8-digit
 * birth date, 3-digit sequence) and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
final class IdCardValidator implements FieldValidator {
    private static final Pattern CHECK_CHARACTER = Pattern.compile("[0-9X]");
    private static final Pattern SPACE = Pattern.compile("\\s");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Override
    public ValidationResult validate(String text, FieldSpecView field, ValidationContext context) {
        String id = SPACE.matcher(Inputs.foldWidth(text)).replaceAll("").toUpperCase(Locale.ROOT);
        if (id.length() != 18) {
            return FieldTexts.error("process.field.idcard.length", "length", id.length());
        }
        if (!id.substring(0, 17).chars().allMatch(Character::isDigit)
                || !CHECK_CHARACTER.matcher(id.substring(17)).matches()) {
            return FieldTexts.error("process.field.idcard.shape");
        }
        int year = Integer.parseInt(id.substring(6, 10));
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return FieldTexts.error("process.field.idcard.notADate", "part", id.substring(6, 14));
        }
        if (birth.isBefore(context.today().minusYears(150)) || birth.isAfter(context.today())) {
            return FieldTexts.error("process.field.idcard.impossibleBirth", "birth", birth);
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            return FieldTexts.error(
                    "process.field.idcard.checkDigit", "expected", expected, "character", id.charAt(17));
        }
        String masked = id.substring(0, 3) + "*".repeat(11) + id.substring(14);
        return ValidationResult.ok(id, masked);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
