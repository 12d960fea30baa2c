package org.onewindow.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The constraints of a field, as declared under {@code rules:} in a process definition. Every
 * component is optional (null or false means "no constraint"); which ones apply depends on the
 * field type: lengths and pattern for text, min/max/integer for number and money, the date rules
 * for date, file types and size for file.
 */
public record FieldRules(
        Integer minLength,
        Integer maxLength,
        String pattern,
        LocalizedText patternHint,
        BigDecimal min,
        BigDecimal max,
        boolean integer,
        boolean notInPast,
        boolean notInFuture,
        boolean workingDay,
        Integer maxDaysAhead,
        List<String> fileTypes,
        Long maxBytes) {

    public static final FieldRules NONE =
            new FieldRules(null, null, null, null, null, null, false, false, false, false, null, null, null);

    public FieldRules {
        if (minLength != null && minLength < 0) {
            throw new IllegalArgumentException("minLength must not be negative");
        }
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw new IllegalArgumentException("minLength " + minLength + " is greater than maxLength " + maxLength);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
        }
        if (notInPast && notInFuture) {
            throw new IllegalArgumentException(
                    "notInPast and notInFuture together leave only today; use a text field instead");
        }
        if (pattern != null) {
            Pattern.compile(pattern); // fails early with PatternSyntaxException
        }
        if (maxBytes != null && maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        fileTypes = fileTypes == null
                ? List.of()
                : fileTypes.stream()
                        .map(t -> t.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                        .toList();
    }
}
