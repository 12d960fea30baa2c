package org.onewindow.knowledge.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.onewindow.shared.Lang;

/**
 * The analyzers of each language. English: standard tokens, possessives, lower case, stop words
 * (Lucene's and question words), Porter stemming. Chinese: SmartChinese's HMM word segmentation, lower
 * case, stop words (punctuation, function and question words), Porter stemming of Latin words.
 * Query analyzers add the synonyms after stemming (query-time only, so new synonyms need no re-index).
 */
public final class LangAnalyzers {

    static final CharArraySet EN_STOP = enStop();
    static final CharArraySet ZH_STOP = zhStop();

    private final Analyzer enIndex = build(Lang.EN, null, true);
    private final Analyzer zhIndex = build(Lang.ZH, null, true);
    private final Analyzer enQuery;
    private final Analyzer zhQuery;

    public LangAnalyzers(SynonymMap synonyms) {
        SynonymMap s = synonyms == null || synonyms.fst == null ? null : synonyms;
        this.enQuery = build(Lang.EN, s, true);
        this.zhQuery = build(Lang.ZH, s, true);
    }

    /** Analyzers with the synonyms of the given files (name → Solr-format text). */
    public static LangAnalyzers withSynonyms(Map<String, String> files) {
        SynonymRules rules = new SynonymRules();
        files.forEach(rules::add);
        return new LangAnalyzers(rules.build());
    }

    /** Analyzers without synonyms. */
    public static LangAnalyzers plain() {
        return new LangAnalyzers(null);
    }

    public Analyzer index(Lang lang) {
        return switch (lang) {
            case EN -> enIndex;
            case ZH -> zhIndex;
        };
    }

    public Analyzer query(Lang lang) {
        return switch (lang) {
            case EN -> enQuery;
            case ZH -> zhQuery;
        };
    }

    /** What the IndexWriter uses: each body field analyzed by its language. */
    public Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (Lang l : Lang.values()) {
            byField.put(IndexFields.body(l), index(l));
        }
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byField.getOrDefault(fieldName, enIndex);
            }
        };
    }

    /** The analyzer synonym rules are read with: the chain up to where synonyms apply. */
    static Analyzer ruleAnalyzer(Lang lang) {
        return build(lang, null, true);
    }

    private static Analyzer build(Lang lang, SynonymMap synonyms, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = switch (lang) {
                    case EN -> new StandardTokenizer();
                    case ZH -> new HMMChineseTokenizer();
                };
                TokenStream ts = switch (lang) {
                    case EN -> new EnglishPossessiveFilter(source);
                    case ZH -> source;
                };
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, switch (lang) {
                    case EN -> EN_STOP;
                    case ZH -> ZH_STOP;
                });
                if (stem) {
                    ts = new PorterStemFilter(ts);
                }
                // Synonyms after stemming, with rules read by the same chain: "closing a company" then
                // matches the rule "close company".
                if (synonyms != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                }
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static CharArraySet enStop() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String w : ("how what when where which who whom whose why do does did done i me my mine we us our you your "
                + "can could should would will shall may might must am is are was were been being has have had "
                + "there here about from please tell know want some any so its it's also just me myself "
                + "hello hi thanks thank thx pls plz").split(" ")) {
            set.add(w);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static CharArraySet zhStop() {
        CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        set.addAll(enStop());
        for (String w : ("的 了 吗 呢 吧 啊 呀 嘛 啦 呗 哦 么 是 我 我们 你 你们 您 他 她 它 在 和 与 及 或 或者 要 想 "
                + "有 也 就 都 还 会 去 到 给 把 被 对 从 几 "
                + "可以 能 能否 能不能 怎么 怎么办 怎样 如何 什么 啥 咋 哪些 哪个 哪里 哪儿 请问 请 一下 有没有 这 那 这个 "
                + "那个 个 吗？ 呢？ 谁 是否 ， 。 ？ ！ ： ； 、 \" ' （ ） 《 》 “ ”"
                // Spoken fillers: "验收要搞消防吗", "刻章归谁管", "行不行", "咱们" ask nothing by these words.
                + " 搞 弄 整 干 归 块 那块 咱 咱们 俺 行不行 行 不行 得 呗 哈 喽 一定 的话").split(" ")) {
            set.add(w);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
