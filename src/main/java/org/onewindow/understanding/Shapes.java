package org.onewindow.understanding;

import java.util.List;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.process.FieldSpec;
import org.onewindow.shared.WordLists;

/**
 * When a value's shape alone says which field it is for: a date, phone number, code or e-mail
 * address when the form has one field of that type, and a number in the unit of the one field
 * measured in it ("15,000 square metres" for "area needed (m²)").
 */
final class Shapes {
    /** Area units in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/shapes.txt");

    private static final Pattern AREA_LABEL = WORDS.pattern("area-label");
    private static final Pattern AREA_UNIT = WORDS.pattern("area-unit");

    private Shapes() {}

    /** Whether a value of the field's shape can only be this field's. */
    static boolean distinctive(FieldSpec f, List<FieldSpec> fields) {
        boolean unique = fields.stream().filter(o -> o.type() == f.type()).count() == 1;
        return switch (f.type()) {
            case DATE, PHONE, USCC, ID_CARD, EMAIL -> unique;
            case NUMBER -> unique && measuredInArea(f);
            default -> false;
        };
    }

    /** A number found by its shape alone must carry its field's unit. */
    static boolean unitFits(FieldSpec f, String lower, int valueEnd) {
        return f.type() != FieldType.NUMBER
                || AREA_UNIT.matcher(lower.substring(valueEnd)).lookingAt();
    }

    /** "45,000 sq meters" is no amount of money and no count: a figure in an area unit is only an area's. */
    static boolean unitForeign(FieldSpec f, String lower, int valueEnd) {
        return (f.type() == FieldType.MONEY || f.type() == FieldType.NUMBER && !measuredInArea(f))
                && AREA_UNIT.matcher(lower.substring(valueEnd)).lookingAt();
    }

    static boolean measuredInArea(FieldSpec f) {
        return AREA_LABEL.matcher(f.label().en() + f.label().zh()).find();
    }
}
