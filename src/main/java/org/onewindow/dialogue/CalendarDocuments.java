package org.onewindow.dialogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.knowledge.SyntheticDocument.Section;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.shared.Lang;

/**
 * Turns each year of the working-day calendar into knowledge-base documents (one per language): its
 * public holidays and its adjusted working days, so that "春节放几天" or "is 28 February a working
 * day?" is answered from the calendar the time limits are counted with.
 */
public final class CalendarDocuments {

    /** How far from a holiday an adjusted working day still belongs to it. */
    private static final int AROUND_DAYS = 10;

    private CalendarDocuments() {}

    public static List<SyntheticDocument> of(WorkingDayCalendar calendar) {
        List<SyntheticDocument> documents = new ArrayList<>();
        for (WorkingDayCalendar.YearInfo year : calendar.years()) {
            boolean named =
                    !year.holidays().isEmpty() || !year.adjustedWorkdays().isEmpty();
            if (!named && year.official()) {
                continue; // a calendar built in code names no holidays
            }
            for (Lang lang : Lang.values()) {
                documents.add(named ? document(year, lang) : unpublished(year, lang));
            }
        }
        return documents;
    }

    /** The year's holidays at a glance, then each holiday on its own ("国庆节放几天"), then the adjusted working days. */
    private static SyntheticDocument document(WorkingDayCalendar.YearInfo year, Lang lang) {
        List<Section> sections = new ArrayList<>();
        String separator = Texts.get(lang, "dialogue.calendarDoc.separator");
        sections.add(new Section(
                Texts.get(lang, "dialogue.calendarDoc.holidays"),
                Texts.format(
                        lang,
                        "dialogue.calendarDoc.holidaysText",
                        "year",
                        year.year(),
                        "holidays",
                        year.holidays().stream().map(h -> holiday(h, lang)).collect(Collectors.joining(separator)))));
        for (WorkingDayCalendar.Holiday h : year.holidays()) {
            // The weekend days worked around a holiday come with it, as the State Council's notice says them.
            List<LocalDate> around = year.adjustedWorkdays().stream()
                    .filter(d ->
                            !d.isBefore(h.from().minusDays(AROUND_DAYS)) && !d.isAfter(h.to().plusDays(AROUND_DAYS)))
                    .toList();
            sections.add(new Section(
                    h.name().text(lang),
                    Texts.format(
                            lang,
                            "dialogue.calendarDoc.holidayText",
                            "year",
                            year.year(),
                            "holiday",
                            holiday(h, lang),
                            "worked",
                            around.stream().map(d -> weekday(d, lang)).collect(Collectors.joining(separator)),
                            "anyWorked",
                            around.isEmpty() ? "no" : "yes")));
        }
        if (!year.adjustedWorkdays().isEmpty()) {
            String days =
                    year.adjustedWorkdays().stream().map(d -> weekday(d, lang)).collect(Collectors.joining(separator));
            sections.add(new Section(
                    Texts.get(lang, "dialogue.calendarDoc.adjusted"),
                    Texts.format(lang, "dialogue.calendarDoc.adjustedText", "year", year.year(), "days", days)));
        }
        return yearDocument(year, lang, sections);
    }

    /** A year whose official arrangement is not out yet: said so, and how time limits are counted meanwhile. */
    private static SyntheticDocument unpublished(WorkingDayCalendar.YearInfo year, Lang lang) {
        return yearDocument(
                year,
                lang,
                List.of(new Section(
                        Texts.get(lang, "dialogue.calendarDoc.holidays"),
                        Texts.format(lang, "dialogue.calendarDoc.unpublishedText", "year", year.year()))));
    }

    private static SyntheticDocument yearDocument(WorkingDayCalendar.YearInfo year, Lang lang, List<Section> sections) {
        return new SyntheticDocument(
                "knowledge-base/calendar/" + year.year() + ".yaml",
                Texts.format(lang, "dialogue.calendarDoc.title", "year", year.year()),
                lang,
                "",
                null,
                sections);
    }

    private static String holiday(WorkingDayCalendar.Holiday h, Lang lang) {
        return Texts.format(
                lang,
                "dialogue.calendarDoc.holiday",
                "name",
                h.name().text(lang),
                "from",
                day(h.from(), lang),
                "to",
                day(h.to(), lang),
                "days",
                h.to().toEpochDay() - h.from().toEpochDay() + 1);
    }

    private static String day(LocalDate day, Lang lang) {
        return format(day, lang, "dialogue.calendarDoc.dayPattern");
    }

    private static String weekday(LocalDate day, Lang lang) {
        return format(day, lang, "dialogue.calendarDoc.weekdayPattern");
    }

    private static String format(LocalDate day, Lang lang, String patternKey) {
        Locale locale = lang == Lang.ZH ? Locale.CHINESE : Locale.ENGLISH;
        return DateTimeFormatter.ofPattern(Texts.get(lang, patternKey), locale).format(day);
    }
}
