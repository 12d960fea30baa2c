package org.onewindow.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Lang;

final class LangAnalyzersTest {

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void chinese_wordSegmentation_finds注销InsideSentence() throws IOException {
        List<String> t = tokens(LangAnalyzers.plain().index(Lang.ZH), "我们公司想办理注销登记，需要多长时间？");
        assertThat(t).contains("注销", "公司").doesNotContain("，", "？", "我们");
    }

    @Test
    void chinese_theHolidayCalledByItsDate_isReadAsTheDocumentsNameIt() throws IOException {
        assertThat(tokens(LangAnalyzers.plain().index(Lang.ZH), "2025年十一放了几天")).contains("国庆节");
        assertThat(tokens(LangAnalyzers.plain().index(Lang.ZH), "第十一条讲什么")).doesNotContain("国庆节");
    }

    @Test
    void english_stemsAndDropsStopAndQuestionWords() throws IOException {
        List<String> t =
                tokens(LangAnalyzers.plain().index(Lang.EN), "How long does the company's deregistration take?");
        assertThat(t).containsExactly("long", "compani", "deregistr", "take");
    }

    @Test
    void synonyms_englishChineseAndCross_expandAtQueryTimeOnly() throws IOException {
        LangAnalyzers a = LangAnalyzers.withSynonyms(Map.of(
                "en.txt", "# comment\nderegistration, shut down, dissolve\n",
                "zh.txt", "注销, 关门\n",
                "cross.txt", "deregistration, 注销\n"));
        assertThat(tokens(a.query(Lang.EN), "how to shut down my company")).contains("deregistr", "dissolv", "compani");
        assertThat(tokens(a.query(Lang.EN), "deregistration")).contains("注销");
        assertThat(tokens(a.query(Lang.EN), "closing down the shop")).doesNotContain("deregistr");
        assertThat(tokens(a.query(Lang.ZH), "公司关门要多久")).contains("注销", "关门");
        assertThat(tokens(a.query(Lang.ZH), "注销要多久")).contains("deregistr");
        assertThat(tokens(a.index(Lang.EN), "shut down")).doesNotContain("deregistr");
    }

    @Test
    void synonyms_inflectedQuery_matchesRuleAfterStemming() throws IOException {
        LangAnalyzers a = LangAnalyzers.withSynonyms(Map.of("en.txt", "close company, deregistration\n"));
        assertThat(tokens(a.query(Lang.EN), "closing a company")).contains("deregistr");
    }

    @Test
    void synonyms_badLine_skippedOthersKept() throws IOException {
        SynonymRules rules = new SynonymRules().add("bad.txt", "the, a\nfee, cost\n");
        assertThat(rules.rules()).isEqualTo(1);
        LangAnalyzers a = new LangAnalyzers(rules.build());
        assertThat(tokens(a.query(Lang.EN), "fee")).contains("cost");
    }
}
