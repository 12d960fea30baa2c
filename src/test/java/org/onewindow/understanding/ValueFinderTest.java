package org.onewindow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValue;
import org.onewindow.form.ValidationContext;
import org.onewindow.process.FieldSpec;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.WorkingDayCalendar;

/** Values found inside sentences, per field type and cue, in both languages. */
final class ValueFinderTest {

    /** Friday 2026-12-04 in Asia/Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), WorkingDayCalendar.ZONE);

    private static ProcessCatalog catalog;
    private static ValueFinder finder;

    @BeforeAll
    static void load() throws Exception {
        catalog = ProcessCatalog.load(Path.of("knowledge-base/processes"));
        WorkingDayCalendar calendar = WorkingDayCalendar.load(Path.of("knowledge-base/calendar"));
        finder = new ValueFinder(new ValidationContext(CLOCK, WorkingDayCalendar.ZONE, calendar::isWorkingDay));
    }

    /** The values stored from {@code text} typed while {@code process} asks {@code asked}. */
    private static Map<String, String> read(String process, String asked, String text) {
        ProcessDefinition def = catalog.byId(process).orElseThrow();
        List<FieldSpec> fields =
                def.fields().stream().filter(f -> f.type() != FieldType.FILE).toList();
        FieldSpec field = asked == null ? null : def.field(asked).orElseThrow();
        ValueFinder.Reading r = finder.read(
                text, fields, field, fields.stream().map(FieldSpec::name).collect(Collectors.toSet()));
        Map<String, String> out = new java.util.TreeMap<>();
        if (r.asked() != null && r.asked().result().isOk()) {
            out.put(r.asked().field(), canonical(r.asked()));
        }
        r.others().values().stream().filter(v -> v.result().isOk()).forEach(v -> out.put(v.field(), canonical(v)));
        return out;
    }

    private static String canonical(FieldValue v) {
        Object value = v.result().value();
        return value instanceof java.math.BigDecimal b ? b.toPlainString() : value.toString();
    }

    @Test
    void text_companyNameAfterACue_isTheNameOnly() {
        assertThat(read("start-business", "companyName", "my company is called Changsha Xingchen Technology Co., Ltd."))
                .containsEntry("companyName", "Changsha Xingchen Technology Co., Ltd")
                .doesNotContainKey("companyType");
        assertThat(read("start-business", "companyName", "我们公司叫长沙星辰科技有限公司"))
                .containsExactlyEntriesOf(Map.of("companyName", "长沙星辰科技有限公司"));
    }

    @Test
    void text_personNameInASentence_isTheNameOnly() {
        assertThat(read("deregistration", "contactName", "联系人是王芳")).containsEntry("contactName", "王芳");
        assertThat(read("start-business", "legalRepName", "that will be our chairman, Li Ming"))
                .containsEntry("legalRepName", "Li Ming");
    }

    @Test
    void text_aFieldWordInsideACompanyName_staysPartOfTheName() {
        assertThat(read("start-business", "companyName", "公司叫长沙星澜电子科技有限公司，名字已经查过没重名"))
                .containsExactlyEntriesOf(Map.of("companyName", "长沙星澜电子科技有限公司"));
    }

    @Test
    void text_personNameAfterTheirRole_isTheNameOnly() {
        assertThat(read("pay-taxes", "contactName", "办税人是我们财务，叫孙丽萍")).containsEntry("contactName", "孙丽萍");
        assertThat(read("book-agent", "contactName", "到了找我们行政罗静就行"))
                .containsExactlyEntriesOf(Map.of("contactName", "罗静"));
        assertThat(read("start-construction", "contactName", "现场由项目经理黄斌陪同"))
                .containsExactlyEntriesOf(Map.of("contactName", "黄斌"));
    }

    @Test
    void text_trailingJustThatWillDo_isNotPartOfTheValue() {
        assertThat(read("start-business", "businessScope", "经营范围写：电子产品研发、销售；技术咨询服务 就行"))
                .containsEntry("businessScope", "电子产品研发、销售；技术咨询服务");
    }

    @Test
    void date_afterAnotherFieldsWord_isTheAskedDateNotThatFieldsText() {
        assertThat(read("land-supply", "signedOn", "协议是这个月1号签的"))
                .containsExactlyEntriesOf(Map.of("signedOn", "2026-12-01"));
    }

    @Test
    void personName_afterTheirRoleAndAComma_isTheName() {
        assertThat(read("pay-taxes", "invoiceCount", "80 should do, and I'm the tax handler, Cao Ming"))
                .containsExactlyEntriesOf(
                        new java.util.TreeMap<>(Map.of("invoiceCount", "80", "contactName", "Cao Ming")));
    }

    @Test
    void number_followedByAComma_isStillTheNumber() {
        assertThat(read("pay-taxes", "invoiceCount", "80, and the tax handler is Cao Ming"))
                .containsEntry("invoiceCount", "80");
    }

    @Test
    void text_endsWhereANewClauseAboutUsBegins() {
        assertThat(read(
                        "start-construction",
                        "planningPermitNo",
                        "建字第430104202600457号, and we want to break ground on the 21st"))
                .containsEntry("planningPermitNo", "建字第430104202600457号")
                .containsEntry("plannedStart", "2026-12-21");
    }

    @Test
    void wordsStartingLikeAWeekday_areNoDate() {
        assertThat(read("deregistration", "reason", "the shareholders voted at last month's meeting to wind it up"))
                .doesNotContainKey("creditorNoticeDate");
    }

    @Test
    void choiceSaidNotToBeWanted_isNotChosen() {
        assertThat(read("land-supply", "supplyMode", "不想自己盖，直接用现成的厂房")).containsEntry("supplyMode", "standard-factory");
    }

    @Test
    void choiceFollowedByLaterValues_givesThemToo() {
        assertThat(read("book-agent", "serviceMode", "come to our office please, next Tuesday morning would be ideal"))
                .containsEntry("serviceMode", "door-to-door")
                .containsEntry("preferredDate", "2026-12-08")
                .containsEntry("preferredSlot", "morning");
    }

    @Test
    void labelSaidWithAWordLeftOut_stillNamesTheField() {
        assertThat(read("acceptance-check", "contactName", "消防审查意见书文号应该是长消审字〔2026〕第0378号"))
                .containsEntry("fireDesignApproval", "长消审字〔2026〕第0378号");
    }

    @Test
    void areaInPing_isAnArea() {
        assertThat(read("land-supply", "supplyMode", "要块地自己盖，主要放货做物流中转，大概3万平"))
                .containsEntry("supplyMode", "land")
                .containsEntry("landUse", "warehousing")
                .containsEntry("area", "30000");
    }

    @Test
    void companyName_knownByItsShape_whileAnotherFieldIsAsked() {
        assertThat(read("pay-taxes", "uscc", "税号91430104MA7B3K5N2E，公司叫长沙味湘源餐饮管理有限公司"))
                .containsEntry("uscc", "91430104MA7B3K5N2E")
                .containsEntry("companyName", "长沙味湘源餐饮管理有限公司");
    }

    @Test
    void partOfALabelGluedInsideAnotherWord_namesNoField() {
        assertThat(read("deregistration", "liquidationLeader", "蒋国栋牵头，公告10月12号在国家企业信用信息公示系统上发的"))
                .containsEntry("liquidationLeader", "蒋国栋")
                .containsEntry("creditorNoticeDate", "2026-10-12")
                .doesNotContainKey("companyName");
    }

    @Test
    void fieldSaidToStayTheSame_getsNoValue() {
        assertThat(read("acceptance-check", null, "陪同的人换成项目经理石磊，电话不变"))
                .containsEntry("contactName", "石磊")
                .doesNotContainKey("contactPhone");
    }

    @Test
    void personToAskFor_besideAnotherAnswer_isTheContact() {
        assertThat(read("book-agent", "address", "上门地址长沙市雨花区环保中路188号国际企业中心3栋1602，到了找龙晓燕"))
                .containsEntry("address", "长沙市雨花区环保中路188号国际企业中心3栋1602")
                .containsEntry("contactName", "龙晓燕");
        assertThat(read(
                        "start-construction",
                        "plannedStart",
                        "Dec 21st if the weather holds, Ryan Deng is the guy on site"))
                .containsEntry("plannedStart", "2026-12-21")
                .containsEntry("contactName", "Ryan Deng");
        assertThat(read("book-agent", "topic", "我们想注销公司，流程不太懂，想找人帮忙")).doesNotContainKey("contactName");
    }

    @Test
    void text_nameAfterItsMeAndAPause_isTheName() {
        assertThat(read("start-business", "legalRepName", "法人就是我 刘思远，身份证430104198803151230"))
                .containsEntry("legalRepName", "刘思远")
                .containsEntry("legalRepId", "430104198803151230");
    }

    @Test
    void yesFollowedByTheNumberItOpens_givesBoth() {
        assertThat(read("start-construction", "hasPlanningPermit", "有的，证号是建字第430121202600318号"))
                .containsEntry("hasPlanningPermit", "true")
                .containsEntry("planningPermitNo", "建字第430121202600318号");
    }

    @Test
    void text_afterAShortenedLabel_isTheValueOnly() {
        assertThat(read("land-supply", "agreementNo", "协议号是LG-2026-037，合同首页右上角那个"))
                .containsEntry("agreementNo", "LG-2026-037");
    }

    @Test
    void fieldWordAboutAnotherOne_doesNotNameTheField() {
        assertThat(read("acceptance-check", null, "施工许可证号填成别的项目的了，应该是430104202503120021"))
                .containsEntry("constructionPermitNo", "430104202503120021")
                .doesNotContainKey("projectName");
    }

    @Test
    void ownerInAPossessiveLabel_namesTheField() {
        assertThat(read("start-business", null, "the investor is from Canada, not the United States"))
                .containsEntry("foreignInvestorCountry", "Canada");
    }

    @Test
    void theThingANumberIsOf_namesTheYesNoFieldAboutIt() {
        assertThat(read("start-construction", null, "we don't have the planning permit after all"))
                .containsEntry("hasPlanningPermit", "false");
        assertThat(read("start-construction", null, "the planning permit number is 建字第430121202600318号"))
                .containsEntry("planningPermitNo", "建字第430121202600318号");
    }

    @Test
    void money_inWordsAndUnits_isYuan() {
        assertThat(read("start-business", "registeredCapital", "the registered capital is 8 million yuan"))
                .containsEntry("registeredCapital", "8000000");
        assertThat(read("start-business", "registeredCapital", "注册资本大概800万"))
                .containsEntry("registeredCapital", "8000000");
        assertThat(read("start-business", "registeredCapital", "股东一共认缴三百五十万元"))
                .containsEntry("registeredCapital", "3500000");
    }

    @Test
    void identifiers_typedInGroupsAsOnTheCard_areFoundWhole() {
        assertThat(read("pay-taxes", "uscc", "its 91430100 ma4l2g7k 6g (copied off the licence)"))
                .containsEntry("uscc", "91430100MA4L2G7K6G");
        assertThat(read("start-business", "legalRepId", "身份证号 4301 0219 9207 0745 68"))
                .containsEntry("legalRepId", "430102199207074568");
    }

    @Test
    void phone_withItsLabel_isTheNumber() {
        assertThat(read("start-business", "contactPhone", "电话0731-88886666"))
                .containsEntry("contactPhone", "0731-88886666");
        assertThat(read("start-business", "contactPhone", "you can reach me on 139 0731 2233"))
                .containsEntry("contactPhone", "13907312233");
    }

    @Test
    void date_pastAndRelativeWords_resolveAgainstToday() {
        assertThat(read("acceptance-check", "completionDate", "we finished last Friday"))
                .containsEntry("completionDate", "2026-11-27");
        assertThat(read("acceptance-check", "completionDate", "前天刚竣工")).containsEntry("completionDate", "2026-12-02");
        assertThat(read("start-construction", "plannedStart", "打算下个月10号开工"))
                .containsEntry("plannedStart", "2027-01-10");
    }

    @Test
    void date_withoutAYear_isThePastOneForAPastField() {
        assertThat(read("acceptance-check", "completionDate", "completed on 20 November"))
                .containsEntry("completionDate", "2026-11-20");
    }

    @Test
    void choice_inOtherWords_isTheOption() {
        assertThat(read("start-business", "companyType", "limited liability")).containsEntry("companyType", "llc");
        assertThat(read("deregistration", "route", "我们想走简易程序")).containsEntry("route", "simplified");
    }

    @Test
    void yesNo_saidAsAStatement_isTheBoolean() {
        assertThat(read("deregistration", "taxesSettled", "都结清了")).containsEntry("taxesSettled", "true");
        assertThat(read("deregistration", "taxesSettled", "还欠着一点税没交")).containsEntry("taxesSettled", "false");
        assertThat(read("start-business", "foreignInvested", "no, every shareholder is from Hunan"))
                .containsEntry("foreignInvested", "false");
    }

    @Test
    void codes_insideSentences_areTheCodes() {
        assertThat(read("deregistration", "uscc", "我们的代码是91350100M000100Y43，谢谢"))
                .containsEntry("uscc", "91350100M000100Y43");
        assertThat(read("start-business", "legalRepId", "his ID is 11010519491231002x"))
                .containsEntry("legalRepId", "11010519491231002X");
    }

    @Test
    void severalFields_inOneSentence_allFound() {
        assertThat(
                        read(
                                "start-business",
                                "companyName",
                                "We want to register Xingchen Tech, a limited liability company with a registered capital of 5 million yuan"))
                .containsEntry("companyName", "Xingchen Tech")
                .containsEntry("companyType", "llc")
                .containsEntry("registeredCapital", "5000000");
        assertThat(read("start-business", "companyType", "有限责任公司，注册资本200万，经营范围是软件开发"))
                .containsEntry("companyType", "llc")
                .containsEntry("registeredCapital", "2000000")
                .containsEntry("businessScope", "软件开发");
    }

    @Test
    void namedField_withoutAValue_givesNothing() {
        assertThat(read("start-business", "registeredCapital", "I still need to check the address"))
                .isEmpty();
    }

    @Test
    void yesNoField_askedWhileTheUserTalksOfSomethingElse_isNotAnswered() {
        assertThat(read(
                        "start-business",
                        "foreignInvested",
                        "I still need to check the address with my landlord first"))
                .isEmpty();
        assertThat(read("start-business", "foreignInvested", "yes we do")).containsEntry("foreignInvested", "true");
    }

    @Test
    void companyName_endingInACompanyTypeWord_isNotAlsoTheType() {
        assertThat(read("start-business", "companyName", "湖南星辰科技有限公司")).doesNotContainKey("companyType");
        assertThat(read("start-business", null, "名称改成长沙云帆数字科技有限公司"))
                .containsExactlyEntriesOf(Map.of("companyName", "长沙云帆数字科技有限公司"));
    }

    @Test
    void unrelatedWords_openNothing() {
        assertThat(read("start-business", "registeredCapital", "啊这个我不清楚")).isEmpty();
    }
}
