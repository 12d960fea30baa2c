package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class QuestionTypeTest {

    @Test
    void of_placeAndOrderWordsBesideANumberAsked_askForTheNumberOnly() {
        assertThat(QuestionType.of("办简易注销之前要先在网上公示多少天")).containsExactly(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.sectionKinds("how many days is it published online first"))
                .containsExactly(QuestionType.TIME_LIMIT);
    }

    @Test
    void of_placeWordsWithNoNumberAsked_stillAskWhere() {
        assertThat(QuestionType.of("要在网上办吗")).contains(QuestionType.WHERE);
        assertThat(QuestionType.of("can we do it online")).contains(QuestionType.WHERE);
    }

    @Test
    void sectionKinds_whatKindsOfHelpAServiceOffers_asksWhatItCovers() {
        assertThat(QuestionType.sectionKinds("what kinds of help does it actually offer?"))
                .containsExactly(QuestionType.COVERS);
        assertThat(QuestionType.sectionKinds("帮办代办能提供哪些帮助")).containsExactly(QuestionType.COVERS);
        assertThat(QuestionType.COVERS.isSection("What you can get")).isTrue();
        assertThat(QuestionType.sectionKinds("预约的时候需要提供哪些信息")).doesNotContain(QuestionType.COVERS);
    }

    @Test
    void of_aLeadingClauseThatSetsTheScene_asksNothing() {
        assertThat(
                        QuestionType.of(
                                "Before we pay taxes online for the first time, does the person filing need real-name verification?"))
                .doesNotContain(QuestionType.WHERE);
        assertThat(QuestionType.of("预约上门服务以后，会是谁来跟我联系？")).contains(QuestionType.WHO);
        assertThat(QuestionType.of("when we file online, how long does it take?"))
                .containsExactly(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.of("can we file online?")).contains(QuestionType.WHERE);
    }

    @Test
    void of_whetherItIsDoneInOneGoOrInThePark_asksNoTimeLimit() {
        assertThat(QuestionType.of("能在网上一次办完吗，还是得跑窗口？")).doesNotContain(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.of("园区里的审批在园区就能办完吗")).doesNotContain(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.of("多久能办完")).containsExactly(QuestionType.TIME_LIMIT);
    }

    @Test
    void of_howManyYearsACertificateLasts_isNotWhenAPolicyApplies() {
        assertThat(QuestionType.of("认定下来有效期是几年")).doesNotContain(QuestionType.PERIOD);
        assertThat(QuestionType.of("那证书管几年")).doesNotContain(QuestionType.PERIOD);
        assertThat(QuestionType.of("这个政策有效期到哪年")).contains(QuestionType.PERIOD);
        assertThat(QuestionType.of("材料要保管几年 依据哪个文件")).contains(QuestionType.PERIOD);
    }

    @Test
    void of_aDocumentNamedAsTheSubject_asksForNoMaterials() {
        assertThat(QuestionType.of("What is the official Chinese title of the 20 measures document?"))
                .contains(QuestionType.TITLE)
                .doesNotContain(QuestionType.MATERIALS);
        assertThat(QuestionType.of("What is the Chinese name of the Hunan '20 measures' document?"))
                .contains(QuestionType.TITLE)
                .doesNotContain(QuestionType.MATERIALS);
        assertThat(QuestionType.of("what's the document I need for the name change?"))
                .contains(QuestionType.MATERIALS);
        assertThat(QuestionType.of("Do I need an official English name for my company?"))
                .doesNotContain(QuestionType.TITLE);
        assertThat(QuestionType.of("can I register an English name of the company under the new policy?"))
                .doesNotContain(QuestionType.TITLE);
        assertThat(QuestionType.of("which documents do I need to register a company?"))
                .contains(QuestionType.MATERIALS);
        assertThat(QuestionType.of("what document do I need for the filing?")).contains(QuestionType.MATERIALS);
    }

    @Test
    void sectionKinds_twoKindsAsked_inTheOrderAsked() {
        assertThat(QuestionType.sectionKinds("要钱吗，多久能办完")).containsExactly(QuestionType.FEE, QuestionType.TIME_LIMIT);
        assertThat(QuestionType.sectionKinds("how long does it take and what does it cost"))
                .containsExactly(QuestionType.TIME_LIMIT, QuestionType.FEE);
    }

    @Test
    void sectionKinds_whoSigns_asksForAPersonNotTheDepartments() {
        assertThat(QuestionType.sectionKinds("简易注销承诺书谁签")).doesNotContain(QuestionType.WHO);
        assertThat(QuestionType.sectionKinds("刻章归谁管")).containsExactly(QuestionType.WHO);
        assertThat(QuestionType.sectionKinds("and who actually issues it?")).containsExactly(QuestionType.WHO);
    }

    @Test
    void sectionKinds_aWindowNamedAsContext_isNotAskingWhere() {
        assertThat(QuestionType.sectionKinds("到税务窗口办理涉税事项，一般需要提供哪些材料？")).containsExactly(QuestionType.MATERIALS);
    }

    @Test
    void of_whetherAnIncentiveNeedsItsOwnApplication_asksHowItIsClaimed() {
        assertThat(QuestionType.of("do we have to apply separately for the small low-profit enterprise relief?"))
                .contains(QuestionType.WHERE);
        assertThat(QuestionType.of("研发费用加计扣除要单独申请吗"))
                .contains(QuestionType.WHERE)
                .doesNotContain(QuestionType.FEE);
        assertThat(QuestionType.WHERE.statedIn("Claimed when filing; no separate application."))
                .isTrue();
    }

    @Test
    void of_colloquialWaysOfAskingWhatATermMeans_askForItsMeaning() {
        assertThat(QuestionType.of("那个标准地是个啥，讲人话")).contains(QuestionType.MEANING);
        assertThat(QuestionType.of("什么叫免申即享")).contains(QuestionType.MEANING);
        assertThat(QuestionType.of("什么是四即改革")).contains(QuestionType.MEANING);
    }

    @Test
    void of_issuerAndTitleOfADocument_areTheirOwnKinds() {
        assertThat(QuestionType.of("Who issued the 20 measures?")).contains(QuestionType.ISSUED);
        assertThat(QuestionType.of("二十条是谁发的")).contains(QuestionType.ISSUED);
        assertThat(QuestionType.of("what's its full title?")).contains(QuestionType.TITLE);
        assertThat(QuestionType.of("全称叫什么")).contains(QuestionType.TITLE);
        assertThat(QuestionType.TITLE.statedIn("issued by the General Office of the provincial government"))
                .isFalse();
        assertThat(QuestionType.TITLE.isSection("What the document is")).isTrue();
    }

    @Test
    void isSection_matchesTheHeadingsProceduresUse() {
        assertThat(QuestionType.TIME_LIMIT.isSection("承诺时限")).isTrue();
        assertThat(QuestionType.WHO.isSection("Departments involved")).isTrue();
        assertThat(QuestionType.FEE.isSection("Fees")).isTrue();
        assertThat(QuestionType.FEE.isSection("Measure 9: fees waived")).isFalse();
        assertThat(QuestionType.MEANING.isSection("About")).isFalse();
    }

    @Test
    void sectionKinds_everydayChineseWaysOfAskingForMaterialsStepsAndConditions() {
        assertThat(QuestionType.sectionKinds("要准备哪些文件？")).containsExactly(QuestionType.MATERIALS);
        assertThat(QuestionType.sectionKinds("竣工了咋验收")).containsExactly(QuestionType.STEPS);
        assertThat(QuestionType.sectionKinds("一定要先清算吗")).containsExactly(QuestionType.CONDITIONS);
    }

    @Test
    void subjectOf_dropsTheWordsAskingForAKindOfFact() {
        assertThat(QuestionType.subjectOf("竣工验收要啥条件")).isEqualTo("竣工验收");
        assertThat(QuestionType.subjectOf("How long does deregistration take?"))
                .doesNotContain("How long")
                .contains("deregistration");
    }

    @Test
    void sectionKinds_everydayWaysOfAskingHowLongItTakes() {
        assertThat(QuestionType.sectionKinds("what's the processing time for deregistration"))
                .containsExactly(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.sectionKinds("turnaround for the building permit?"))
                .containsExactly(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.sectionKinds("注销 要几个 working days")).containsExactly(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.sectionKinds("执照什么时候能办好")).containsExactly(QuestionType.TIME_LIMIT);
    }

    @Test
    void of_whichNumberedMeasureSomethingIs_isItsOwnKindAnsweredByTheNumberedHeading() {
        assertThat(QuestionType.of("which of the 20 measures is that?")).contains(QuestionType.MEASURE);
        assertThat(QuestionType.of("这是二十条里的第几条")).contains(QuestionType.MEASURE);
        assertThat(QuestionType.of("容错纠错是哪一条")).contains(QuestionType.MEASURE);
        assertThat(QuestionType.of("What does measure 13 promise?")).doesNotContain(QuestionType.MEASURE);
        assertThat(QuestionType.MEASURE.isSection("Measure 7: \"one business licence\""))
                .isTrue();
        assertThat(QuestionType.MEASURE.isSection("第7条：涉企行政审批\"一照通\"")).isTrue();
        assertThat(QuestionType.MEASURE.isSection("In short")).isFalse();
        assertThat(QuestionType.subjectOf("这是二十条里的第几条")).doesNotContain("第几条");
    }

    @Test
    void of_everydayWaysOfAskingForOrderDepartmentsAndDays() {
        assertThat(QuestionType.sectionKinds("Do I get that before or after company registration?"))
                .contains(QuestionType.CONDITIONS);
        assertThat(QuestionType.sectionKinds("开餐馆是先办许可还是先办执照")).contains(QuestionType.CONDITIONS);
        assertThat(QuestionType.of("which departments are involved?")).contains(QuestionType.WHO);
        assertThat(QuestionType.of("bldg permit days?")).contains(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.of("booking agent what info u need")).contains(QuestionType.MATERIALS);
    }

    @Test
    void of_officeHoursAndTelephone_areAskedButARegisteredAddressIsNot() {
        assertThat(QuestionType.of("Is the tax bureau open on weekends?")).contains(QuestionType.CONTACT);
        assertThat(QuestionType.of("园区政务服务大厅电话多少 几点下班")).contains(QuestionType.CONTACT);
        assertThat(QuestionType.of("what's the address of the service hall")).contains(QuestionType.CONTACT);
        assertThat(QuestionType.of("do i need my landlord's lease to register the company address"))
                .doesNotContain(QuestionType.CONTACT);
        assertThat(QuestionType.of("注册地址用租的房子行不行")).doesNotContain(QuestionType.CONTACT);
    }

    @Test
    void of_whichItemsAThingHolds_asksWhatItCovers() {
        assertThat(QuestionType.of("which 2 fees are the 'two fees' btw")).contains(QuestionType.COVERS);
        assertThat(QuestionType.of("六税两费是哪几个税")).contains(QuestionType.COVERS);
    }

    @Test
    void sectionKinds_whereToCollectTheResults_asksForTheSteps() {
        assertThat(QuestionType.sectionKinds("执照 公章 ukey 最后去哪拿")).contains(QuestionType.STEPS);
        assertThat(QuestionType.sectionKinds("how do I collect the business licence?"))
                .contains(QuestionType.STEPS);
    }

    @Test
    void of_askingWhetherWeMayUseAService_asksWhoItIsFor() {
        assertThat(QuestionType.of("帮办代办 小公司能用不 还是只给大项目")).contains(QuestionType.ELIGIBILITY);
        assertThat(QuestionType.of("can we use the agent service as a small firm?"))
                .contains(QuestionType.ELIGIBILITY);
    }

    @Test
    void of_askingWhetherOneDocumentIsNeeded_asksForTheMaterials() {
        assertThat(QuestionType.of("一般注销 是不是得先出个股东会决议啊")).contains(QuestionType.MATERIALS);
        assertThat(QuestionType.of("住所证明得交啥？租房合同行不")).contains(QuestionType.MATERIALS);
        assertThat(QuestionType.of("is a shareholders' resolution needed to close the company?"))
                .contains(QuestionType.MATERIALS);
        assertThat(QuestionType.subjectOf("一般注销 是不是得先出个股东会决议啊")).contains("股东会决议");
    }

    @Test
    void statedIn_aLicenceThatComesOutOfAStepIsNoMaterialToBring() {
        assertThat(QuestionType.MATERIALS.statedIn(
                        "the one step bundles registration and the business licence, seal-making"))
                .isFalse();
        assertThat(QuestionType.MATERIALS.statedIn(
                        "the application form, IDs of the people involved, the articles of association"))
                .isTrue();
    }

    @Test
    void statedIn_aTimeLimitNeedsItsLength_notJustTheWordWithin() {
        assertThat(QuestionType.TIME_LIMIT.statedIn("within a deadline after passing, the owner files the result"))
                .isFalse();
        assertThat(QuestionType.TIME_LIMIT.statedIn("within 15 days of the works passing acceptance"))
                .isTrue();
        assertThat(QuestionType.TIME_LIMIT.statedIn("自工程竣工验收合格之日起15日内备案")).isTrue();
    }

    @Test
    void statedIn_aRateIsStatedOnlyByAPercentage() {
        assertThat(QuestionType.of("what is the stamp duty rate?")).contains(QuestionType.RATE);
        assertThat(QuestionType.of("小规模纳税人征收率多少")).contains(QuestionType.RATE);
        assertThat(QuestionType.RATE.statedIn("Corporate income tax at 15% instead of 25%."))
                .isTrue();
        assertThat(QuestionType.RATE.statedIn("Half of stamp duty and property tax."))
                .isFalse();
    }

    @Test
    void of_askingForADeadline_asksForTheTimeLimit() {
        assertThat(QuestionType.of("截止到几号")).contains(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.of("VAT monthly filing - by when?")).contains(QuestionType.TIME_LIMIT);
    }

    @Test
    void sectionKinds_validityAndBasisOfAPolicy_askForItsPeriodSection() {
        assertThat(QuestionType.sectionKinds("六税两费 halved... valid till when?")).contains(QuestionType.PERIOD);
        assertThat(QuestionType.sectionKinds("依据哪个文件 第几号公告")).contains(QuestionType.PERIOD);
        assertThat(QuestionType.sectionKinds("What is the document number of the policy?"))
                .contains(QuestionType.PERIOD);
        assertThat(QuestionType.PERIOD.isSection("执行期限和依据")).isTrue();
        assertThat(QuestionType.PERIOD.isSection("Committed time limit")).isFalse();
        assertThat(QuestionType.sectionKinds("How long does deregistration take?"))
                .doesNotContain(QuestionType.PERIOD);
    }

    @Test
    void statedIn_aDateIsNoTimeLimit() {
        assertThat(QuestionType.TIME_LIMIT.statedIn("自2021年4月1日起执行，至2022年12月31日止"))
                .isFalse();
        assertThat(QuestionType.TIME_LIMIT.statedIn("在期满之日起15日内申报纳税")).isTrue();
        assertThat(QuestionType.TIME_LIMIT.statedIn("压缩至3个月")).isTrue();
    }

    @Test
    void sectionKinds_theNameOneStep_isNotAskingForTheSteps() {
        assertThat(QuestionType.sectionKinds("What are the two parts of the one-step completion acceptance process?"))
                .doesNotContain(QuestionType.STEPS);
        assertThat(QuestionType.sectionKinds("what are the steps?")).containsExactly(QuestionType.STEPS);
    }

    @Test
    void subjectOf_chineseWordsTakenOut_leaveTheirNeighboursApart() {
        assertThat(QuestionType.subjectOf("简易注销承诺书谁签")).isEqualTo("简易注销承诺书\uFF0C签");
        assertThat(QuestionType.subjectOf("谁签")).isEqualTo("签");
    }

    @Test
    void sectionKinds_aNamedDepartmentOrQualifyingApplication_setTheSceneAndAskNothing() {
        assertThat(QuestionType.sectionKinds("施工许可证按法律规定，住建部门收到符合条件的申请后多长时间内发证？"))
                .containsExactly(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.sectionKinds("注销涉及哪些部门，有什么条件"))
                .containsExactly(QuestionType.WHO, QuestionType.CONDITIONS);
    }

    @Test
    void of_whichDaysAreWorked_asksForDatesNotATimeLimit() {
        assertThat(QuestionType.of("In 2025, which weekend days were official make-up working days?"))
                .doesNotContain(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.of("国庆前后哪天要补班")).doesNotContain(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.of("how many working days does it take")).contains(QuestionType.TIME_LIMIT);
        assertThat(QuestionType.of("最晚哪天前要备案")).contains(QuestionType.TIME_LIMIT);
    }

    @Test
    void of_payingTaxes_isNoQuestionOfAFee() {
        assertThat(
                        QuestionType.of(
                                "Before we pay taxes online for the first time, does the person filing need real-name verification?"))
                .doesNotContain(QuestionType.FEE);
        assertThat(QuestionType.of("what do we pay for the seal")).contains(QuestionType.FEE);
    }

    @Test
    void of_inPlaceOf_meansInsteadAndAsksNoConditions() {
        assertThat(QuestionType.of("can a joint acceptance opinion be used in place of the filing form?"))
                .doesNotContain(QuestionType.CONDITIONS);
        assertThat(QuestionType.of("what must be in place before we apply?")).contains(QuestionType.CONDITIONS);
    }

    @Test
    void asksExactly_workingDaysAreAnsweredOnlyByAFigureInWorkingDays() {
        assertThat(QuestionType.TIME_LIMIT.asksExactly("竣工验收一件事 园区承诺几个工作日办完")).isTrue();
        assertThat(QuestionType.TIME_LIMIT.asksExactly("竣工验收要多久")).isFalse();
        assertThat(QuestionType.TIME_LIMIT.statesExactly("园区示例承诺时限为5至12个工作日")).isTrue();
        assertThat(QuestionType.TIME_LIMIT.statesExactly("The park commits to 5 to 12 working days."))
                .isTrue();
        assertThat(QuestionType.TIME_LIMIT.statesExactly("应自竣工验收合格之日起15日内备案；园区办理时限（工作日）：未经核实"))
                .isFalse();
    }

    @Test
    void offTopic_aJokeOrTheWeatherIsNothingTheKnowledgeBaseHolds() {
        assertThat(QuestionType.offTopic("tell me a joke about the tax bureau lol"))
                .isTrue();
        assertThat(QuestionType.offTopic("给我讲个笑话")).isTrue();
        assertThat(QuestionType.offTopic("how long does the tax bureau take")).isFalse();
    }

    @Test
    void of_aPriceOrAPenaltyAsksForMoneyLikeAFee() {
        assertThat(QuestionType.of("What's the industrial land price per mu in the park?"))
                .contains(QuestionType.FEE);
        assertThat(QuestionType.of("逾期申报有滞纳金吗")).contains(QuestionType.FEE);
    }

    @Test
    void of_whatAOneStepMatterBundlesAsksForWhatItCovers() {
        assertThat(QuestionType.sectionKinds("what does the tax one step cover?"))
                .contains(QuestionType.COVERS);
        assertThat(QuestionType.sectionKinds("这几天里都能办哪些事")).contains(QuestionType.COVERS);
        assertThat(QuestionType.COVERS.isSection("What the one step covers")).isTrue();
        assertThat(QuestionType.COVERS.isSection("一件事包含哪些事项")).isTrue();
    }

    @Test
    void of_mustItBeOrMandatoryAsksForTheConditions() {
        assertThat(QuestionType.of("the construction company we hire, must it be picked through a tender"))
                .contains(QuestionType.CONDITIONS);
        assertThat(QuestionType.of("is a safety plan mandatory?")).contains(QuestionType.CONDITIONS);
    }

    @Test
    void withoutPlaceSaid_dropsOnlyTheWordsSayingItIsThisPark() {
        assertThat(QuestionType.withoutPlaceSaid("registering a company in the park - which departments?"))
                .isEqualTo("registering a company - which departments?");
        assertThat(QuestionType.withoutPlaceSaid("who runs the park service centre?"))
                .isEqualTo("who runs the park service centre?");
        assertThat(QuestionType.withoutPlaceSaid("here")).isEqualTo("here");
    }

    @Test
    void sectionKinds_howOtherPlacesDoIt_asksForTheExamplesFromElsewhere() {
        assertThat(QuestionType.sectionKinds("拿地即开工 别的地方是怎么搞的")).containsExactly(QuestionType.ELSEWHERE);
        assertThat(QuestionType.sectionKinds("how do other places do land supply upon signing"))
                .containsExactly(QuestionType.ELSEWHERE);
        assertThat(QuestionType.ELSEWHERE.isSection("外地做法（仅作参考，不是本园区规定）")).isTrue();
        assertThat(QuestionType.ELSEWHERE.isSection("How other places do it (examples, not this park's rules)"))
                .isTrue();
    }

    @Test
    void asksExactly_theEffectiveRate_isStatedOnlyByAnEffectiveRate() {
        assertThat(QuestionType.RATE.asksExactly("小微企业所得税现在实际税负多少啊")).isTrue();
        assertThat(QuestionType.RATE.asksExactly("what's the effective tax rate for small low-profit firms"))
                .isTrue();
        assertThat(QuestionType.RATE.asksExactly("小微企业所得税税率多少")).isFalse();
        assertThat(QuestionType.RATE.statesExactly("按20%税率缴纳，实际税负5%")).isTrue();
        assertThat(QuestionType.RATE.statesExactly("减按25%计算应纳税所得额，按20%税率缴纳")).isFalse();
    }
}
