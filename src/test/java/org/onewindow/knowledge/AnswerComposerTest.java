package org.onewindow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Lang;

final class AnswerComposerTest {

    private final AnswerComposer composer = new AnswerComposer(
            new AnswerPolicy(0.5, 0.95, 0.05, 2), Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));

    private static SearchHit hit(
            String source,
            String title,
            double score,
            double confidence,
            Passage.Kind kind,
            String text,
            LocalDate superseded,
            String... matched) {
        return new SearchHit(
                source + "#0",
                title,
                source,
                "Section",
                "snippet",
                score,
                confidence,
                Lang.EN,
                "dept",
                LocalDate.of(2021, 1, 1),
                superseded,
                "hash-" + source,
                kind,
                List.of(matched),
                text);
    }

    @Test
    void withoutTitledName_theNameOfAPolicyAsksForNoKindOfFact_butAnFaqTitleIsAQuestionAndStays() {
        SearchHit policy =
                hit("i.yaml", "\"Six taxes and two fees\" halved", 1, 1, Passage.Kind.SYNTHETIC, "Half of …", null);
        SearchHit faq = hit("f.yaml", "How much does deregistration cost?", 1, 1, Passage.Kind.FAQ, "Free.", null);

        assertThat(QuestionType.of(
                        AnswerComposer.withoutTitledName("What is the six taxes and two fees relief?", policy)))
                .doesNotContain(QuestionType.FEE);
        assertThat(QuestionType.of(AnswerComposer.withoutTitledName("how much does deregistration cost?", faq)))
                .contains(QuestionType.FEE);
    }

    @Test
    void withoutTitledName_aTitleHoldingTheWordsThatAsk_leavesTheQuestionAsItIs() {
        SearchHit fees =
                hit("d.md", "Fees for company deregistration", 1, 1, Passage.Kind.DOCUMENT, "Free of charge.", null);

        assertThat(AnswerComposer.withoutTitledName("what are the fees for company deregistration", fees))
                .isEqualTo("what are the fees for company deregistration");
        assertThat(AnswerComposer.withoutTitledName("İİ fees for company deregistration", fees))
                .isEqualTo("İİ fees for company deregistration");
    }

    @Test
    void compose_belowThreshold_unknown() {
        KnowledgeAnswer a =
                composer.compose("q", Lang.EN, List.of(hit("a.md", "A", 5, 0.49, Passage.Kind.DOCUMENT, "x", null)));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
        assertThat(a.citations()).isEmpty();
        assertThat(a.usedPassages()).isEmpty();
        assertThat(composer.compose("q", Lang.ZH, List.of()).text()).contains("抱歉");
    }

    /** An unsure FAQ entry ranked first and a sure document ranked {@code secondScore} (of 5) behind it. */
    private KnowledgeAnswer unsureThenSure(double secondScore) {
        return composer.compose(
                "q",
                Lang.EN,
                List.of(
                        hit("faq/agent.yaml", "Who?", 5, 0.3, Passage.Kind.FAQ, "Someone.", null),
                        hit(
                                "agent.md",
                                "Agent",
                                secondScore,
                                0.6,
                                Passage.Kind.DOCUMENT,
                                "The agent tells you the result.",
                                null)));
    }

    @Test
    void compose_unsureBestHitWithASureOneCloseBehind_answersFromTheSureOne() {
        KnowledgeAnswer a = unsureThenSure(4.5);
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.citations()).first().satisfies(c -> assertThat(c.source()).isEqualTo("agent.md"));
    }

    @Test
    void compose_unsureBestHitWithASureOneFarBehind_unknown() {
        assertThat(unsureThenSure(3).kind()).isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
    }

    @Test
    void compose_atThreshold_answersFaqWithCitationAndUsedPassage() {
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(hit("faq/dereg.yaml", "How long?", 5, 0.5, Passage.Kind.FAQ, "Five days.", null)));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.text()).isEqualTo("Five days.");
        assertThat(a.citations()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("faq/dereg.yaml");
            assertThat(c.section()).isEqualTo("Section");
            assertThat(c.effective()).isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(c.historical()).isFalse();
        });
        assertThat(a.usedPassages())
                .singleElement()
                .satisfies(u -> assertThat(u.contentHash()).isEqualTo("hash-faq/dereg.yaml"));
        assertThat(a.topic()).isEqualTo("faq/dereg.yaml dereg");
    }

    @Test
    void compose_fromAnUnverifiedDocument_saysSoInTheAnswerAndTheCitation() {
        SearchHit verified = hit("faq/dereg.yaml", "How long?", 5, 0.9, Passage.Kind.FAQ, "Five days.", null);
        SearchHit unverified = new SearchHit(
                verified.passageId(),
                verified.title(),
                verified.source(),
                verified.section(),
                verified.snippet(),
                5,
                0.9,
                Lang.EN,
                "dept",
                verified.effective(),
                null,
                verified.contentHash(),
                Passage.Kind.FAQ,
                List.of(),
                "Five days.",
                false);

        KnowledgeAnswer en = composer.compose("q", Lang.EN, List.of(unverified));
        KnowledgeAnswer zh = composer.compose("q", Lang.ZH, List.of(unverified));

        assertThat(en.text()).startsWith("Five days.").contains("Not yet verified against the official text");
        assertThat(zh.text()).contains("尚未与官方文件核实");
        assertThat(en.citations())
                .singleElement()
                .satisfies(c -> assertThat(c.verified()).isFalse());
        assertThat(composer.compose("q", Lang.EN, List.of(verified)).citations())
                .singleElement()
                .satisfies(c -> assertThat(c.verified()).isTrue());
    }

    @Test
    void compose_document_quotesTheMostRelevantSentencesOnly() {
        String text = "The park has a service hall. Deregistration takes five working days. Lunch is at noon. "
                + "Deregistration is free of charge. The hall closes at five.";
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(hit("d.md", "D", 5, 0.9, Passage.Kind.DOCUMENT, text, null, "deregistration", "free")));
        assertThat(a.text()).isEqualTo("Deregistration takes five working days. Deregistration is free of charge.");
    }

    @Test
    void compose_twoCloseCandidatesFromDifferentDocuments_clarify() {
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(
                        hit("a.md", "Rent subsidy", 10, 0.9, Passage.Kind.DOCUMENT, "x", null),
                        hit("b.md", "Talent subsidy", 9.8, 0.88, Passage.Kind.DOCUMENT, "y", null)));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.CLARIFY);
        assertThat(a.options()).extracting(KnowledgeAnswer.Option::source).containsExactly("a.md", "b.md");
        assertThat(a.text()).contains("Rent subsidy").contains("Talent subsidy");
        assertThat(a.usedPassages()).hasSize(2);
    }

    @Test
    void compose_closeCandidatesOnTheSameTopic_answersInsteadOfClarifying() {
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(
                        hit(
                                "knowledge-base/procedures/deregistration.en.md",
                                "Deregistration",
                                10,
                                0.9,
                                Passage.Kind.DOCUMENT,
                                "x",
                                null),
                        hit(
                                "knowledge-base/faq/deregistration.yaml",
                                "How long?",
                                9.9,
                                0.9,
                                Passage.Kind.FAQ,
                                "y",
                                null)));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
    }

    @Test
    void compose_listItems_quotedWithoutMarkers() {
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(hit(
                        "d.md",
                        "D",
                        5,
                        0.9,
                        Passage.Kind.DOCUMENT,
                        "Bring:\n- the land certificate;\n- the planning permit.",
                        null,
                        "planning")));
        assertThat(a.text()).isEqualTo("Bring: the land certificate; the planning permit.");
    }

    @Test
    void compose_runnerUpClearlyWorse_answers() {
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(
                        hit("a.md", "Rent subsidy", 10, 0.9, Passage.Kind.DOCUMENT, "x", null),
                        hit("b.md", "Talent subsidy", 6, 0.88, Passage.Kind.DOCUMENT, "y", null)));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
    }

    @Test
    void compose_supersededBest_currentRuleWins() {
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(
                        hit(
                                "old.md",
                                "Rent 2019",
                                10,
                                0.9,
                                Passage.Kind.DOCUMENT,
                                "Old rule.",
                                LocalDate.of(2024, 3, 1)),
                        hit("new.md", "Rent 2024", 8, 0.8, Passage.Kind.DOCUMENT, "New rule.", null)));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.citations().get(0).source()).isEqualTo("new.md");
        assertThat(a.text()).isEqualTo("New rule.");
    }

    @Test
    void compose_supersededBestAskedAboutAsHistory_answersAsHistory() {
        List<SearchHit> hits = List.of(
                hit("old.md", "Rent 2019", 10, 0.9, Passage.Kind.DOCUMENT, "Old rule.", LocalDate.of(2024, 3, 1)),
                hit("new.md", "Rent 2024", 8, 0.8, Passage.Kind.DOCUMENT, "New rule.", null));
        assertThat(composer.compose("is the 2019 rent rule still in force", Lang.EN, hits)
                        .citations()
                        .get(0)
                        .source())
                .isEqualTo("old.md");
        assertThat(composer.compose("what was the rent rule in 2022", Lang.EN, hits)
                        .citations()
                        .get(0)
                        .historical())
                .isTrue();
        assertThat(composer.compose("what is the rent rule in 2025", Lang.EN, hits)
                        .citations()
                        .get(0)
                        .source())
                .isEqualTo("new.md");
    }

    @Test
    void compose_onlySuperseded_citedAsHistorySayingSo() {
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(hit(
                        "old.md", "Rent 2019", 10, 0.9, Passage.Kind.DOCUMENT, "Old rule.", LocalDate.of(2024, 3, 1))));
        assertThat(a.citations().get(0).historical()).isTrue();
        assertThat(a.text())
                .startsWith("Note: this is no longer the current rule")
                .endsWith("Old rule.");
    }

    @Test
    void compose_supersededInTheFuture_stillCurrent() {
        KnowledgeAnswer a = composer.compose(
                "q",
                Lang.EN,
                List.of(hit("r.md", "Rent", 10, 0.9, Passage.Kind.DOCUMENT, "Rule.", LocalDate.of(2027, 1, 1))));
        assertThat(a.citations().get(0).historical()).isFalse();
        assertThat(a.text()).isEqualTo("Rule.");
    }

    private static SearchHit section(String source, String section, double score, String text) {
        return sectionHit(source, "Business deregistration", section, score, 0.8, text);
    }

    private static final String DEREG = "knowledge-base/procedures/deregistration.en.md";
    private static final List<SearchHit> DEREG_SECTIONS = List.of(
            section(DEREG, "Who it is for", 0, "Enterprises closing down in the park."),
            section(DEREG, "Committed time limit", 0, "Handled in 5 to 10 working days."),
            section(DEREG, "Fees", 0, "The registration authority charges nothing."),
            section(DEREG, "Departments involved", 0, "Market regulation; tax; social security."));

    private KnowledgeAnswer composeWithTopic(String question, SearchHit... hits) {
        return composer.compose(question, Lang.EN, List.of(hits), h -> List.of(), h -> DEREG_SECTIONS);
    }

    @Test
    void compose_timeLimitAskedAndBestHitIsAnotherSection_answersFromTheTopicsTimeLimitSection() {
        KnowledgeAnswer a = composeWithTopic(
                "how long does deregistration take now",
                section(DEREG, "Who it is for", 9, "Enterprises closing down in the park."));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.text()).contains("5 to 10 working days").doesNotContain("closing down");
        assertThat(a.citations()).extracting(KnowledgeCitation::section).containsExactly("Committed time limit");
    }

    @Test
    void compose_twoKindsAsked_answersWithBothSectionsInTheOrderAsked() {
        KnowledgeAnswer a = composeWithTopic(
                "how long does it take and is there a fee?",
                section(DEREG, "Who it is for", 9, "Enterprises closing down in the park."));
        assertThat(a.text()).containsSubsequence("5 to 10 working days", "charges nothing");
        assertThat(a.citations())
                .extracting(KnowledgeCitation::section)
                .containsExactly("Committed time limit", "Fees");
    }

    @Test
    void compose_departmentAskedAfterTheFeeSection_answersFromTheDepartmentsSection() {
        KnowledgeAnswer a = composeWithTopic(
                "which office handles the actual deregistration?",
                section(DEREG, "Fees", 9, "The registration authority charges nothing."));
        assertThat(a.text()).contains("Market regulation");
    }

    @Test
    void compose_whoSignsAsked_isNotReadAsAskingForTheDepartments() {
        KnowledgeAnswer a = composeWithTopic(
                "who has to sign the commitment?",
                section(DEREG, "Materials", 9, "A commitment signed by all investors."));
        assertThat(a.text()).contains("all investors");
    }

    @Test
    void compose_bestHitStatesTheTimeLimitItself_keepsIt() {
        KnowledgeAnswer a = composeWithTopic(
                "how many working days does the reform office take?",
                section(DEREG, "Steps", 9, "The reform office approves within 3 working days."));
        assertThat(a.text()).contains("within 3 working days");
    }

    @Test
    void compose_bestHitNotDedicatedToOneKind_answersFromItsOwnSentences() {
        SearchHit measure = new SearchHit(
                "p#1",
                "Measure 6",
                "knowledge-base/policies/life-cycle.en.md",
                "Measure 6: exit",
                "s",
                9,
                0.8,
                Lang.EN,
                "d",
                LocalDate.of(2021, 1, 1),
                null,
                "h",
                Passage.Kind.DOCUMENT,
                List.of(),
                "Deregistration is shortened to 5 working days under measure 6.");
        KnowledgeAnswer a = composeWithTopic("how long does deregistration take?", measure);
        assertThat(a.citations()).extracting(KnowledgeCitation::section).containsExactly("Measure 6: exit");
    }

    @Test
    void compose_twoTopicsBothAboutTheKindAsked_answersInsteadOfAskingWhichOne() {
        SearchHit faq = new SearchHit(
                "faq#1",
                "How long does a construction permit take?",
                "knowledge-base/faq/construction.yaml",
                "FAQ",
                "s",
                9,
                0.8,
                Lang.EN,
                "d",
                LocalDate.of(2021, 1, 1),
                null,
                "h",
                Passage.Kind.FAQ,
                List.of(),
                "Within 7 days by law.");
        SearchHit limit = new SearchHit(
                "c#1",
                "Start construction",
                "knowledge-base/procedures/start-construction.en.md",
                "Committed time limit",
                "s",
                9,
                0.8,
                Lang.EN,
                "d",
                LocalDate.of(2021, 1, 1),
                null,
                "h",
                Passage.Kind.DOCUMENT,
                List.of(),
                "Within 7 days of a complete application.");
        KnowledgeAnswer a = composer.compose("how long does the building permit take?", Lang.EN, List.of(faq, limit));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
    }

    @Test
    void compose_feeAskedAndTheTopicStatesNone_isUnknownNamingWhatAndWhoseDepartment() {
        SearchHit steps = new SearchHit(
                "a#1",
                "Completion acceptance",
                "knowledge-base/procedures/acceptance-check.en.md",
                "Steps",
                "s",
                9,
                0.8,
                Lang.EN,
                "housing-construction",
                LocalDate.of(2021, 1, 1),
                null,
                "h",
                Passage.Kind.DOCUMENT,
                List.of(),
                "File the acceptance report with the housing department.");
        KnowledgeAnswer a = composer.compose("what is the fee for the acceptance filing?", Lang.EN, List.of(steps));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
        assertThat(a.text()).contains("fee", "Completion acceptance").doesNotContain("File the acceptance");
        assertThat(a.unstated())
                .isEqualTo(new KnowledgeAnswer.Unstated("fee", "Completion acceptance", "housing-construction"));
    }

    private static final SearchHit START_UP_FEES = new SearchHit(
            "s#fees",
            "Start a business (one-step)",
            "knowledge-base/procedures/start-business.en.md",
            "Fees",
            "s",
            9,
            0.8,
            Lang.EN,
            "market-regulation",
            null,
            null,
            "h",
            Passage.Kind.DOCUMENT,
            List.of(),
            "Business licence: issued free of charge. Seals, tax UKey, bank account: not verified whether they"
                    + " are free in this park.");

    @Test
    void compose_feeOfAnItemTheFeesSectionSaysIsNotVerified_isUnknownRatherThanAnotherItemsFee() {
        KnowledgeAnswer a = composer.compose(
                "how much is the yearly service fee for the tax ukey here",
                Lang.EN,
                List.of(START_UP_FEES),
                h -> List.of("fee", "tax", "ukey"),
                h -> List.of());
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
        assertThat(a.unstated())
                .isEqualTo(new KnowledgeAnswer.Unstated("fee", "Start a business (one-step)", "market-regulation"));
    }

    @Test
    void compose_feeOfAnItemNamedInOtherCharacters_isUnknownWhenItsSentenceSaysNotVerified() {
        SearchHit fees = new SearchHit(
                "faq#fees-zh",
                "企业开办一件事",
                "knowledge-base/faq/start-business.yaml",
                "FAQ",
                "s",
                9,
                0.8,
                Lang.ZH,
                "market-regulation",
                null,
                null,
                "h",
                Passage.Kind.DOCUMENT,
                List.of(),
                "营业执照免费发放，不收工本费。刻章、税务Ukey、银行开户在本园区是否免费未经核实。");
        // "刻个公章" finds 刻 and 章 apart: side by side in the text they are the item asked about.
        KnowledgeAnswer a = composer.compose("刻个公章多少钱", Lang.ZH, List.of(fees), h -> List.of("刻", "章"), h -> List.of());
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
        assertThat(a.unstated().fact()).isEqualTo("fee");
    }

    @Test
    void compose_feeOfAnItemTheFeesSectionStates_isAnswered() {
        KnowledgeAnswer a = composer.compose(
                "is the business licence free?",
                Lang.EN,
                List.of(START_UP_FEES),
                h -> List.of("free", "licence"),
                h -> List.of());
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.text()).contains("issued free of charge");
    }

    @Test
    void compose_officeHoursAskedAndThePassageStatesNone_isUnknownRatherThanItsNeighbour() {
        SearchHit departments = new SearchHit(
                "p#2-en",
                "Pay taxes",
                "knowledge-base/processes/pay-taxes.yaml",
                "Departments",
                "s",
                9,
                0.8,
                Lang.EN,
                "tax",
                null,
                null,
                "h",
                Passage.Kind.SYNTHETIC,
                List.of(),
                "Departments involved in Pay taxes: Tax Bureau.");
        KnowledgeAnswer a = composer.compose("Is the tax bureau open on weekends?", Lang.EN, List.of(departments));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
        assertThat(a.text()).contains("office hours", "Pay taxes").doesNotContain("Departments involved");
        assertThat(a.unstated()).isEqualTo(new KnowledgeAnswer.Unstated("contact", "Pay taxes", "tax"));
    }

    @Test
    void compose_departmentsAskedAndBestHitIsAnFaqAboutConditions_answersFromTheProcedureOnTheSameMatter() {
        SearchHit conditions = new SearchHit(
                "faq#2",
                "What are the conditions for completion acceptance?",
                "knowledge-base/faq/construction.yaml",
                "FAQ",
                "s",
                9,
                0.9,
                Lang.EN,
                "d",
                LocalDate.of(2021, 1, 1),
                null,
                "h",
                Passage.Kind.FAQ,
                List.of(),
                "The design and contract work must be complete.");
        SearchHit departments = new SearchHit(
                "a#2",
                "Completion acceptance",
                "knowledge-base/procedures/acceptance-check.en.md",
                "Departments involved",
                "s",
                5,
                0.7,
                Lang.EN,
                "d",
                LocalDate.of(2021, 1, 1),
                null,
                "h",
                Passage.Kind.DOCUMENT,
                List.of(),
                "Housing and construction: acceptance filing; natural resources: planning verification.");
        KnowledgeAnswer a =
                composer.compose("which departments are involved?", Lang.EN, List.of(conditions, departments));
        assertThat(a.text()).contains("natural resources").doesNotContain("design and contract");
    }

    @Test
    void compose_askedWhatAnFaqEntryAnswersInOtherWords_keepsTheEntry() {
        SearchHit frozen = new SearchHit(
                "faq#3",
                "Can a company with frozen equity use simplified deregistration?",
                "knowledge-base/faq/deregistration.yaml",
                "FAQ",
                "s",
                9,
                0.9,
                Lang.EN,
                "d",
                LocalDate.of(2021, 1, 1),
                null,
                "h",
                Passage.Kind.FAQ,
                List.of(),
                "No: frozen equity rules out the simplified route.");
        KnowledgeAnswer a =
                composeWithTopic("is simplified deregistration open to a company whose shares are frozen?", frozen);
        assertThat(a.text()).contains("frozen equity rules out");
    }

    @Test
    void compose_feeAskedAndTheFeeSectionSaysOnlyNotVerified_isUnknownNotTheSectionsWords() {
        List<SearchHit> unverifiedFee = List.of(section(DEREG, "Fees", 0, "Not verified."));
        KnowledgeAnswer a = composer.compose(
                "what does the filing cost?",
                Lang.EN,
                List.of(section(DEREG, "Who it is for", 9, "Enterprises closing down in the park.")),
                h -> List.of(),
                h -> unverifiedFee);
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
        assertThat(a.text()).contains("fee").doesNotContain("Not verified.");
    }

    @Test
    void compose_aLeadInSentenceChosen_comesWithWhatItIntroduces() {
        SearchHit steps = section(
                DEREG,
                "Steps",
                9,
                "Simplified route:\n\n1. Publish the commitment on the publicity system.\n"
                        + "2. Settle tax matters.\n\nGeneral route:\n\n1. Form a liquidation group.");
        KnowledgeAnswer a = composer.compose(
                "what is the simplified route?",
                Lang.EN,
                List.of(steps),
                h -> List.of("simplified", "route"),
                h -> List.of());
        assertThat(a.text()).contains("Simplified route:").contains("Publish the commitment");
    }

    @Test
    void compose_fromANumberedMeasure_saysWhichMeasureBeforeWhatItSays() {
        SearchHit measure = section(
                "knowledge-base/policies/four-instant-approval.en.md",
                "Measure 13: certificates upon completion",
                9,
                "When a project is completed, the related certificates are handled straight away.");
        KnowledgeAnswer a = composer.compose("what happens when a project is completed?", Lang.EN, List.of(measure));
        assertThat(a.text()).startsWith("Measure 13: certificates upon completion — When a project is completed");
    }

    @Test
    void compose_shortSectionDedicatedToWhatWasAsked_isGivenWhole() {
        SearchHit departments = section(
                DEREG,
                "Departments involved",
                9,
                "- market regulation: deregistration;\n- tax: tax clearance;\n- human resources and social security:"
                        + " social insurance;\n- commerce and customs, where they apply.");
        KnowledgeAnswer a = composer.compose(
                "besides market regulation, which other authorities take part?",
                Lang.EN,
                List.of(departments),
                h -> List.of("market", "regulation"),
                h -> List.of());
        assertThat(a.text())
                .contains("tax clearance")
                .contains("social insurance")
                .contains("customs");
    }

    @Test
    void compose_bestHitIsTheSectionAsked_isNotSwappedForAnotherTopicsSectionThatNamesADepartment() {
        SearchHit own = section(DEREG, "Departments involved", 9, "- market regulation;\n- tax;\n- customs.");
        SearchHit other = section(
                "knowledge-base/procedures/start-business.en.md",
                "Departments involved",
                7,
                "- housing provident fund centre: fund registration.");
        KnowledgeAnswer a = composer.compose("which authorities deal with a closure?", Lang.EN, List.of(own, other));
        assertThat(a.citations().get(0).source()).isEqualTo(DEREG);
    }

    @Test
    void compose_stepsAskedAndBestHitIsASectionOnSomethingElse_answersFromTheTopicsStepsSection() {
        SearchHit routes = section(DEREG, "Two routes", 9, "Simplified route: no debts. General route: all others.");
        SearchHit steps = section(DEREG, "Steps", 0, "General route: first set up a liquidation group.");
        KnowledgeAnswer a = composer.compose(
                "what is the first step of a general deregistration?",
                Lang.EN,
                List.of(routes),
                h -> List.of("general", "step"),
                h -> List.of(routes, steps));
        assertThat(a.text()).contains("liquidation group");
    }

    @Test
    void compose_bestHitIsAboutAFeeNotAsked_answersFromTheNextCloseHitInstead() {
        SearchHit fee = hit(
                "faq/start-business.yaml",
                "Is the business licence free?",
                10,
                0.8,
                Passage.Kind.FAQ,
                "The business licence is issued free of charge.",
                null);
        SearchHit conditions = section(
                "knowledge-base/procedures/start-business.en.md",
                "Conditions",
                9,
                "Businesses that need a licence before registration need that first.");
        KnowledgeAnswer a = composer.compose(
                "I need a special licence. Do I get it before or after registration?",
                Lang.EN,
                List.of(fee, conditions));
        assertThat(a.text()).contains("before registration");
    }

    @Test
    void compose_bestHitIsAboutATimeLimitNotAskedButStatesWhatWasAsked_keepsIt() {
        SearchHit timeLimit = hit(
                "faq/start-construction.yaml",
                "How long does it take to get a construction permit?",
                10,
                0.8,
                Passage.Kind.FAQ,
                "The housing and construction department issues the permit within 7 days.",
                null);
        SearchHit conditions = section(
                "knowledge-base/procedures/start-construction.en.md", "Conditions", 9, "Land-use approval first.");
        KnowledgeAnswer a =
                composer.compose("who gives out construction permits", Lang.EN, List.of(timeLimit, conditions));
        assertThat(a.text()).contains("housing and construction department");
    }

    @Test
    void compose_aListItemChosen_comesWithTheLeadInThatSaysWhatTheListIs() {
        SearchHit conditions = section(
                DEREG,
                "Conditions",
                9,
                "Any enterprise may deregister.\nThe simplified route is not available to an enterprise that:\n\n"
                        + "- is on the list of abnormal operations;\n- still has branches that are not deregistered;\n"
                        + "- had a simplified deregistration terminated before.");
        KnowledgeAnswer a = composer.compose(
                "and if my company still has a branch that isnt closed?",
                Lang.EN,
                List.of(conditions),
                h -> List.of("branch", "closed"),
                h -> List.of());
        assertThat(a.text()).contains("not available to an enterprise that:").contains("still has branches");
    }

    @Test
    void compose_aShortListUnderItsLeadIn_isGivenWhole() {
        SearchHit measure = section(
                "knowledge-base/policies/service-upgrading.en.md",
                "Measure 16: assistant/agent service",
                9,
                "Three forms:\n\n- door-to-door: staff come to you;\n- agent: staff run the procedures for you;\n"
                        + "- one-time: finished in one go.\n\nHow to book is in the guide.");
        KnowledgeAnswer a = composer.compose(
                "can an agent come to us or do we run around ourselves",
                Lang.EN,
                List.of(measure),
                h -> List.of("agent", "run"),
                h -> List.of());
        assertThat(a.text())
                .contains("Three forms:")
                .contains("door-to-door")
                .contains("staff run the procedures")
                .contains("one-time");
    }

    @Test
    void compose_twoCloseTopicsAndOnlyOneHasTheSectionAsked_answersFromItInsteadOfAskingWhichOne() {
        String land = "knowledge-base/procedures/land-supply.en.md";
        SearchHit who = section(land, "Who it is for", 10, "Investors who sign an investment contract.");
        SearchHit departments = section(land, "Departments involved", 0, "natural resources: land supply.");
        SearchHit measure = section(
                "knowledge-base/policies/four-instant-approval.en.md",
                "Measure 11: land upon contract signing",
                9.9,
                "Land is supplied as soon as the contract is signed.");
        KnowledgeAnswer a = composer.compose(
                "which department handles land supply upon signing?",
                Lang.EN,
                List.of(who, measure),
                h -> List.of(),
                h -> h.source().equals(land) ? List.of(who, departments) : List.of(measure));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.text()).contains("natural resources");
    }

    private static SearchHit sectionHit(
            String source, String title, String section, double score, double confidence, String text) {
        return new SearchHit(
                source + "#" + section,
                title,
                source,
                section,
                "snippet",
                score,
                confidence,
                Lang.EN,
                "dept",
                LocalDate.of(2021, 1, 1),
                null,
                "hash-" + source,
                Passage.Kind.DOCUMENT,
                List.of(),
                text);
    }

    @Test
    void compose_aPassageDedicatedToTheKindAsked_winsOverAnAsSureOneStatingNoneOfIt() {
        SearchHit period = sectionHit(
                "incentives/vat.yaml", "VAT exemption", "Period and basis", 10, 0.71, "Applies from 2021 on.");
        SearchHit limit = sectionHit(
                "procedures/pay-taxes.en.md", "Pay taxes", "Committed time limit", 9.8, 0.70, "File within 15 days.");
        KnowledgeAnswer a = composer.compose("how long do I have to file VAT", Lang.EN, List.of(period, limit));
        assertThat(a.text()).isEqualTo("File within 15 days.");
        SearchHit stating = sectionHit(
                "faq/pay-taxes.yaml", "VAT filing", "FAQ", 10, 0.71, "VAT returns are due 15 days after the month.");
        assertThat(composer.compose("how long do I have to file VAT", Lang.EN, List.of(stating, limit))
                        .text())
                .isEqualTo("VAT returns are due 15 days after the month.");
    }

    @Test
    void compose_ofTwoPassagesOfOneTopicRankedAlike_theOneHeadedByWhatTheQuestionNamesAnswers() {
        String calendar = "calendar/2026.yaml";
        SearchHit spring = sectionHit(
                calendar, "Holidays 2026", "Spring Festival", 10, 0.80, "Spring Festival 15 February to 23 February.");
        SearchHit national = sectionHit(
                calendar, "Holidays 2026", "National Day", 9.9, 0.88, "National Day 1 October to 7 October.");
        KnowledgeAnswer a = composer.compose(
                "cny 2026 days off?",
                Lang.EN,
                List.of(spring, national),
                h -> h == spring ? List.of("spring festival") : List.of("days"),
                h -> List.of());
        assertThat(a.text()).contains("15 February");
    }

    @Test
    void compose_ofTwoPassagesOfOneTopicRankedAlike_theSurerAnswers() {
        SearchHit whoFor = sectionHit(DEREG, "Start a business", "Who it is for", 10, 0.89, "Anyone starting one.");
        SearchHit covers = sectionHit(DEREG, "Start a business", "What it covers", 9.8, 0.92, "Six linked items.");
        assertThat(composer.compose("how many linked items", Lang.EN, List.of(whoFor, covers))
                        .text())
                .isEqualTo("Six linked items.");
        SearchHit farBelow = sectionHit(DEREG, "Start a business", "What it covers", 8, 0.92, "Six linked items.");
        assertThat(composer.compose("how many linked items", Lang.EN, List.of(whoFor, farBelow))
                        .text())
                .isEqualTo("Anyone starting one.");
    }

    @Test
    void compose_ofTwoCloseTopicsWithTheSectionAsked_thePassageThatIsThatSectionAnswersWithoutAskingWhichOne() {
        SearchHit period =
                sectionHit("incentives/vat-100k.yaml", "VAT 100k", "Period and basis", 10, 0.8, "Applies until 2027.");
        SearchHit eligibility = sectionHit(
                "incentives/vat-150k.yaml",
                "VAT 150k",
                "Who it is for",
                9.9,
                0.8,
                "Small-scale taxpayers, since 2021.");
        SearchHit otherPeriod =
                sectionHit("incentives/vat-150k.yaml", "VAT 150k", "Period and basis", 0, 0, "Applied until 2022.");
        KnowledgeAnswer a = composer.compose(
                "valid till when?",
                Lang.EN,
                List.of(period, eligibility),
                h -> List.of(),
                h -> h == eligibility ? List.of(eligibility, otherPeriod) : List.of(period));
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.text()).isEqualTo("Applies until 2027.");
    }
}
