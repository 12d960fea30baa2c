package org.onewindow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.shared.Lang;

final class ValidatorsTest {

    /** Friday 2026-11-27, 08:00 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ValidationContext.SHANGHAI);

    private static final ValidationContext CTX = ValidationContext.of(CLOCK);

    private static ValidationResult check(FieldType type, String text) {
        return check(FieldSpecView.of(type, "answer", "回答"), text);
    }

    private static ValidationResult check(FieldSpecView field, String text) {
        return FieldValidators.validate(text, field, CTX);
    }

    private static FieldRules rules(BigDecimal min, BigDecimal max, boolean integer) {
        return new FieldRules(null, null, null, null, min, max, integer, false, false, false, null, null, null);
    }

    // --- USCC -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y43",
                "91110000802100433B",
                "91440300708461136T",
                "91350100m000100y43",
                "９１３５０１００Ｍ０００１００Ｙ４３",
                " 9135 0100 M000 100Y 43 "
            })
    void uscc_validCodes_acceptedUppercased(String code) {
        ValidationResult r = check(FieldType.USCC, code);
        assertThat(r.isOk()).as(r.reason(Lang.EN)).isTrue();
        assertThat(r.value()).isIn("91350100M000100Y43", "91110000802100433B", "91440300708461136T");
    }

    @Test
    void uscc_wrongCheckCharacter_namesTheExpectedOne() {
        ValidationResult r = check(FieldType.USCC, "91350100M000100Y4Y");
        assertThat(r.isOk()).isFalse();
        assertThat(r.reason(Lang.EN)).isEqualTo("The check character should be 3, not Y — please check the code.");
        assertThat(r.reason(Lang.ZH)).contains("校验位应为3");
    }

    @Test
    void uscc_wrongLength_saysHowMany() {
        assertThat(check(FieldType.USCC, "91350100M000100Y4").reason(Lang.EN))
                .contains("18 characters")
                .contains("17");
    }

    @Test
    void uscc_forbiddenLetter_namesPosition() {
        assertThat(check(FieldType.USCC, "91350100M000100I43").reason(Lang.EN)).contains("Character 16 is 'I'");
    }

    @Test
    void uscc_letterInRegionCode_rejected() {
        assertThat(check(FieldType.USCC, "913A0100M000100Y43").reason(Lang.EN)).contains("region code");
    }

    // --- ID card --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "110101200002290018", "440524188001010014"})
    void idCard_validNumbers_accepted(String id) {
        ValidationResult r = check(FieldType.ID_CARD, id);
        assertThat(r.isOk()).as(r.reason(Lang.EN)).isTrue();
        assertThat((String) r.value()).isEqualTo(id.toUpperCase(java.util.Locale.ROOT));
        assertThat(r.display().en()).contains("*").doesNotContain(id.substring(6, 14));
    }

    @Test
    void idCard_wrongCheckDigit_namesExpected() {
        assertThat(check(FieldType.ID_CARD, "110105194912310021").reason(Lang.EN))
                .isEqualTo("The last character should be X, not 1 — please check the number.");
    }

    @Test
    void idCard_feb29InCommonYear_rejectedAsBirthDate() {
        String first17 = "11010120010229001";
        String id = first17 + IdCardValidator.checkCharacter(first17);
        assertThat(check(FieldType.ID_CARD, id).reason(Lang.EN)).contains("20010229 is not a real date");
    }

    @Test
    void idCard_birthInFuture_rejected() {
        String first17 = "11010120300101001";
        assertThat(check(FieldType.ID_CARD, first17 + IdCardValidator.checkCharacter(first17))
                        .reason(Lang.ZH))
                .contains("出生日期");
    }

    @Test
    void idCard_tooShort_rejected() {
        assertThat(check(FieldType.ID_CARD, "1101051949123100").reason(Lang.ZH))
                .contains("18位")
                .contains("16位");
    }

    // --- phone ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "13812345678,13812345678",
        "138 1234 5678,13812345678",
        "+86 138-1234-5678,13812345678",
        "１３８１２３４５６７８,13812345678",
        "0731-88886666,0731-88886666",
        "(0731) 8888 6666,0731-88886666",
        "010-12345678,010-12345678",
        "0731-88886666 转 123,0731-88886666-123",
        "+86 731 8888 6666,0731-88886666"
    })
    void phone_mobileAndLandline_normalised(String input, String expected) {
        ValidationResult r = check(FieldType.PHONE, input);
        assertThat(r.isOk()).as(r.reason(Lang.EN)).isTrue();
        assertThat(r.value()).isEqualTo(expected);
    }

    @Test
    void phone_mobile_displayedGroupedInFull() {
        assertThat(check(FieldType.PHONE, "13812345678").display().en()).isEqualTo("138 1234 5678");
    }

    @ParameterizedTest
    @CsvSource({
        "1381234567,11 digits",
        "12812345678,13 to 19",
        "12345,11 digits",
        "8888,not a mainland phone number",
        "hello,not a mainland phone number"
    })
    void phone_invalid_specificReason(String input, String reason) {
        assertThat(check(FieldType.PHONE, input).reason(Lang.EN)).contains(reason);
    }

    // --- email ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "zhang.wei@example.com,zhang.wei@example.com",
        "Li@XingChen.COM.CN,li@xingchen.com.cn",
        "wang＠example．com,wang@example.com"
    })
    void email_valid_storedInLowerCase(String input, String expected) {
        assertThat(check(FieldType.EMAIL, input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"zhang.example.com,needs an @", "a@@b.com,only one @", "zhang@example,domain", ".a@b.com,before the @"})
    void email_invalid_specificReason(String input, String reason) {
        assertThat(check(FieldType.EMAIL, input).reason(Lang.EN)).contains(reason);
    }

    // --- money ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "500万|5000000",
                "5 million yuan|5000000",
                "5,000,000|5000000",
                "五百万元|5000000",
                "1.5亿|150000000",
                "１，０００万|10000000",
                "¥300,000.50|300000.5",
                "RMB 2.5 million|2500000",
                "一亿五千万|150000000",
                "三万五|35000",
                "300万5000|3005000",
                "两千元|2000",
                "伍佰万元整|5000000",
                "50k|50000",
                "一点五亿|150000000",
                "10 thousand yuan|10000",
                "0.01|0.01",
                "三百零五元|305"
            })
    void money_commonForms_exactYuan(String input, String yuan) {
        ValidationResult r = check(FieldType.MONEY, input);
        assertThat(r.isOk()).as(input + ": " + r.reason(Lang.EN)).isTrue();
        assertThat((BigDecimal) r.value()).isEqualByComparingTo(yuan);
        assertThat(((BigDecimal) r.value()).toPlainString()).isEqualTo(yuan);
    }

    @Test
    void money_display_groupedAndInWan() {
        ValidationResult r = check(FieldType.MONEY, "500万");
        assertThat(r.display().en()).isEqualTo("¥5,000,000");
        assertThat(r.display().zh()).isEqualTo("500万元");
    }

    @Test
    void money_display_yuanFenAndYi() {
        assertThat(check(FieldType.MONEY, "¥1,234.56").display()).isEqualTo(LocalizedText.of("¥1,234.56", "1234.56元"));
        assertThat(check(FieldType.MONEY, "1.5亿").display()).isEqualTo(LocalizedText.of("¥150,000,000", "1.5亿元"));
        assertThat(check(FieldType.MONEY, "800").display()).isEqualTo(LocalizedText.of("¥800", "800元"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "lots|couldn't read",
                "5 5|couldn't read",
                "$500|in yuan (RMB)",
                "-5万|negative",
                "1.005|two decimals",
                "万|couldn't read"
            })
    void money_invalid_specificReason(String input, String reason) {
        assertThat(check(FieldType.MONEY, input).reason(Lang.EN)).contains(reason);
    }

    @Test
    void money_belowMinimum_rejected() {
        FieldSpecView f = new FieldSpecView(
                FieldType.MONEY,
                LocalizedText.of("registered capital", "注册资本"),
                List.of(),
                rules(BigDecimal.valueOf(10_000), null, false));
        assertThat(check(f, "5000").reason(Lang.EN)).isEqualTo("The registered capital must be at least ¥10,000.");
    }

    // --- number ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"50|50", "５０|50", "五十|50", "50人|50", "1,200 sqm|1200", "十二|12", "2.5|2.5"})
    void number_forms_parsed(String input, String expected) {
        ValidationResult r = check(FieldType.NUMBER, input);
        assertThat(r.isOk()).as(r.reason(Lang.EN)).isTrue();
        assertThat((BigDecimal) r.value()).isEqualByComparingTo(expected);
    }

    @Test
    void number_outOfRange_namesRange() {
        FieldSpecView f = new FieldSpecView(
                FieldType.NUMBER,
                LocalizedText.of("number of employees", "员工人数"),
                List.of(),
                rules(BigDecimal.ONE, BigDecimal.valueOf(10_000), true));
        assertThat(check(f, "0").reason(Lang.EN))
                .isEqualTo("The number of employees must be between 1 and 10,000; you gave 0.");
        assertThat(check(f, "2.5").reason(Lang.ZH)).isEqualTo("请填写整数。");
        assertThat(check(f, "many").reason(Lang.EN)).contains("number");
    }

    // --- date -----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "2026-12-01,2026-12-01",
        "2026/12/1,2026-12-01",
        "2026年12月1日,2026-12-01",
        "２０２６年１２月１日,2026-12-01",
        "12月1日,2026-12-01",
        "明天,2026-11-28",
        "tomorrow,2026-11-28",
        "today,2026-11-27",
        "后天,2026-11-29",
        "next Monday,2026-11-30",
        "下周一,2026-11-30",
        "周一,2026-11-30",
        "Monday,2026-11-30",
        "下周五,2026-12-04",
        "this Friday,2026-11-27",
        "in 3 days,2026-11-30",
        "3天后,2026-11-30",
        "1 December 2026,2026-12-01",
        "Dec 1 2026,2026-12-01",
        "December 1,2026-12-01",
        "2028-02-29,2028-02-29",
        "20261201,2026-12-01",
        "this coming Wednesday,2026-12-02",
        "the 18th,2026-11-18",
        "on the 2nd of next month,2026-12-02",
        "明年1月18号,2027-01-18",
        "去年12月1日,2025-12-01",
        "这个月底,2026-11-30",
        "下个月底,2026-12-31",
        "月底,2026-11-30",
        "end of next month,2026-12-31",
        "the end of the month,2026-11-30",
        "monday the 30th,2026-11-30"
    })
    void date_forms_resolvedInShanghai(String input, String expected) {
        ValidationResult r = check(FieldType.DATE, input);
        assertThat(r.isOk()).as(input + ": " + r.reason(Lang.EN)).isTrue();
        assertThat(r.value()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void date_clockNearMidnightUtc_usesShanghaiDate() {
        // 2026-11-27T17:00Z is already 01:00 on the 28th in Shanghai.
        ValidationContext late =
                ValidationContext.of(Clock.fixed(Instant.parse("2026-11-27T17:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(FieldValidators.validate("今天", FieldSpecView.of(FieldType.DATE, "d", "日"), late)
                        .value())
                .isEqualTo(LocalDate.parse("2026-11-28"));
    }

    @Test
    void date_weekdayThatIsNotThatDayOfTheMonth_isNotGuessed() {
        assertThat(check(FieldType.DATE, "tuesday the 30th").isOk()).isFalse();
    }

    @Test
    void date_feb29InCommonYear_explainsLeapYear() {
        assertThat(check(FieldType.DATE, "2026-02-29").reason(Lang.EN))
                .isEqualTo("2026 is not a leap year, so February has 28 days.");
        assertThat(check(FieldType.DATE, "2026年2月29日").reason(Lang.ZH)).contains("不是闰年");
    }

    @Test
    void date_april31_saysMonthLength() {
        assertThat(check(FieldType.DATE, "2026-04-31").reason(Lang.EN)).contains("April 2026 has 30 days");
    }

    @Test
    void date_notInPastRule_rejectsYesterday() {
        FieldSpecView f = FieldSpecView.of(FieldType.DATE, "visit date", "上门日期")
                .withRules(
                        new FieldRules(null, null, null, null, null, null, false, true, false, true, 60, null, null));
        assertThat(check(f, "昨天").reason(Lang.EN)).contains("in the past");
        assertThat(check(f, "2026-11-28").reason(Lang.EN)).contains("not a working day");
        assertThat(check(f, "2027-06-01").reason(Lang.EN)).contains("within 60 days");
        assertThat(check(f, "next Monday").isOk()).isTrue();
        assertThat(check(f, "the 18th").value()).as("the coming 18th").isEqualTo(LocalDate.parse("2026-12-18"));
    }

    @Test
    void date_gibberish_rejectedWithExample() {
        assertThat(check(FieldType.DATE, "soon").reason(Lang.EN)).contains("2026-12-01");
    }

    // --- enum and boolean -----------------------------------------------------------------------

    private static final FieldSpecView COMPANY_TYPE = FieldSpecView.of(FieldType.ENUM, "company type", "企业类型")
            .withOptions(List.of(
                    new Option("llc", LocalizedText.of("Limited liability company", "有限责任公司"), List.of("LLC", "有限公司")),
                    new Option("sole", LocalizedText.of("Sole proprietorship", "个人独资企业"), List.of("个人独资")),
                    new Option("partnership", LocalizedText.of("Partnership", "合伙企业"), List.of())));

    @ParameterizedTest
    @CsvSource({
        "llc,llc",
        "LLC,llc",
        "有限责任公司,llc",
        "有限公司,llc",
        "limited liability company,llc",
        "2,sole",
        "我们是合伙企业,partnership",
        "a partnership.,partnership"
    })
    void enum_valueLabelSynonymOrNumber_matches(String input, String value) {
        assertThat(check(COMPANY_TYPE, input).value()).isEqualTo(value);
    }

    @Test
    void enum_unknown_listsChoices() {
        assertThat(check(COMPANY_TYPE, "cooperative").reason(Lang.EN)).contains("\"Partnership\"");
        assertThat(check(COMPANY_TYPE, "合作社").reason(Lang.ZH)).contains("“合伙企业”");
    }

    @ParameterizedTest
    @CsvSource({
        "是,true",
        "是的,true",
        "对,true",
        "yes,true",
        "Yes!,true",
        "yep,true",
        "没错,true",
        "有,true",
        "否,false",
        "不是,false",
        "no,false",
        "nope,false",
        "没有,false",
        "不是外资企业,false",
        "no it is not,false",
        "true,true",
        "false,false",
        "ｙｅｓ,true"
    })
    void boolean_typedInEitherLanguage_parsed(String input, boolean expected) {
        assertThat(check(FieldType.BOOLEAN, input).value()).isEqualTo(expected);
    }

    @Test
    void boolean_unclear_asksYesOrNo() {
        assertThat(check(FieldType.BOOLEAN, "maybe").reason(Lang.EN)).isEqualTo("Please answer yes or no.");
    }

    // --- text and file --------------------------------------------------------------------------

    @Test
    void text_lengthAndPattern_enforced() {
        FieldSpecView f = FieldSpecView.of(FieldType.TEXT, "company name", "企业名称")
                .withRules(new FieldRules(
                        4,
                        10,
                        ".*(公司|企业|厂)$",
                        LocalizedText.of("end with 公司", "应以“公司”结尾"),
                        null,
                        null,
                        false,
                        false,
                        false,
                        false,
                        null,
                        null,
                        null));
        assertThat(check(f, "湖南").reason(Lang.EN)).contains("at least 4");
        assertThat(check(f, "湖南星辰科技发展集团有限公司").reason(Lang.ZH)).contains("最多10");
        assertThat(check(f, "湖南星辰科技").reason(Lang.EN)).contains("end with 公司");
        assertThat(check(f, "  星辰科技公司 ").value()).isEqualTo("星辰科技公司");
        assertThat(check(FieldType.TEXT, "   ").isOk()).isFalse();
        assertThat(check(FieldType.TEXT, "长沙市岳麓区１２号").value()).isEqualTo("长沙市岳麓区12号");
    }

    @Test
    void file_typeAndSize_checked() {
        FieldSpecView f = FieldSpecView.of(FieldType.FILE, "lease contract", "租赁合同")
                .withRules(new FieldRules(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        false,
                        false,
                        null,
                        List.of("pdf", ".JPG"),
                        1024L * 1024));
        FileValidator v = new FileValidator();
        assertThat(v.validateFile(new FileRef("f1", "lease.pdf", "application/pdf", 1000), f, CTX)
                        .isOk())
                .isTrue();
        assertThat(v.validateFile(new FileRef("f2", "scan.jpeg", "image/jpeg", 1000), f, CTX)
                        .isOk())
                .isTrue();
        assertThat(v.validateFile(new FileRef("f3", "lease.docx", "", 1000), f, CTX)
                        .reason(Lang.EN))
                .isEqualTo("\"lease.docx\" is a .docx file; please upload PDF, JPG.");
        assertThat(v.validateFile(new FileRef("f4", "big.pdf", "application/pdf", 3L * 1024 * 1024), f, CTX)
                        .reason(Lang.EN))
                .contains("3.0 MB")
                .contains("1.0 MB");
        assertThat(check(f, "I will send it later").reason(Lang.EN)).contains("upload");
    }

    @Test
    void everyType_garbage_neverThrows() {
        for (FieldType t : FieldType.values()) {
            for (String s : new String[] {"", " ", "？？", "\u0000", "9".repeat(400), "亿亿亿", "..", "-"}) {
                assertThat(check(t, s)).isNotNull();
            }
        }
    }

    @Test
    void fieldType_codes_roundTrip() {
        for (FieldType t : FieldType.values()) {
            assertThat(FieldType.fromCode(t.code())).contains(t);
        }
        assertThat(FieldType.ID_CARD.code()).isEqualTo("id-card");
        assertThat(FieldType.fromCode("phonenumber")).isEmpty();
    }
}
