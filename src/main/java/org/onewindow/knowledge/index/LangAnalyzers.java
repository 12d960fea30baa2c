package org.onewindow.knowledge.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.onewindow.shared.WordLists;

/**
 * The analyzers of each language. English: standard tokens, possessives, lower case, stop words
 * (Lucene's and question words), Porter stemming. Chinese: SmartChinese's HMM word segmentation, lower
 * case, stop words (punctuation, function and question words), Porter stemming of Latin words.
 * Query analyzers add the synonyms after stemming (query-time only, so new synonyms need no re-index).
 */
public final class LangAnalyzers {

    /** Stop words beyond Lucene's, in English and Chinese. */
    private static final WordLists STOP_WORDS = WordLists.load("understanding/stop-words.txt");

    /** What people call a thing in speech, as the documents name it ("十一" for 国庆); see query-rewrites.txt. */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> NICKNAMES =
            WordLists.load("understanding/query-rewrites.txt").pairs("nicknames.zh").stream()
                    .map(p -> Map.entry(java.util.regex.Pattern.compile(p.getKey()), p.getValue()))
                    .toList();

    static final CharArraySet EN_STOP = enStop();
    static final CharArraySet ZH_STOP = zhStop();

    private final Analyzer enIndex = build(Lang.EN, null, true);
    private final Analyzer zhIndex = build(Lang.ZH, null, true);
    private final Analyzer enQuery;
    private final Analyzer zhQuery;

    private final Set<String> synonymWords;
    private final EnglishTermsInChinese englishTermsInChinese;

    public LangAnalyzers(SynonymMap synonyms) {
        this(synonyms, Set.of(), EnglishTermsInChinese.of(Map.of()));
    }

    private LangAnalyzers(SynonymMap synonyms, Set<String> synonymWords, EnglishTermsInChinese englishTermsInChinese) {
        SynonymMap s = synonyms == null || synonyms.fst == null ? null : synonyms;
        this.enQuery = build(Lang.EN, s, true);
        this.zhQuery = build(Lang.ZH, s, true);
        this.synonymWords = synonymWords;
        this.englishTermsInChinese = englishTermsInChinese;
    }

    /** Analyzers with the synonyms of the given files (name → Solr-format text). */
    public static LangAnalyzers withSynonyms(Map<String, String> files) {
        SynonymRules rules = new SynonymRules();
        files.forEach(rules::add);
        return new LangAnalyzers(rules.build(), rules.words(), rules.englishTermsInChinese());
    }

    /** English terms in a Chinese question read as the synonym lines' Chinese terms. */
    EnglishTermsInChinese englishTermsInChinese() {
        return englishTermsInChinese;
    }

    /** Analyzers without synonyms. */
    public static LangAnalyzers plain() {
        return new LangAnalyzers(null);
    }

    /** The words and phrases of the synonym rules, as written: words of the knowledge base too. */
    public Set<String> synonymWords() {
        return synonymWords;
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
                ts = new StopFilter(
                        ts,
                        switch (lang) {
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
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                if (lang != Lang.ZH) {
                    return reader;
                }
                java.io.Reader read = new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(
                        org.onewindow.knowledge.YearsAsked.SHORT_YEAR, "20$0", reader); // "25年国庆": 2025
                for (Map.Entry<java.util.regex.Pattern, String> nickname : NICKNAMES) {
                    read = new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(
                            nickname.getKey(), nickname.getValue(), read); // "十一放几天": 国庆
                }
                return read;
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** The words of a stop-word list, written several to a line. */
    private static List<String> words(String list) {
        List<String> words = new ArrayList<>();
        for (String line : STOP_WORDS.list(list)) {
            words.addAll(List.of(line.split(" ")));
        }
        return words;
    }

    private static CharArraySet enStop() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String w : words("stop-words.en")) {
            set.add(w);
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static CharArraySet zhStop() {
        CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        set.addAll(enStop());
        for (String w : words("stop-words.zh")) {
            set.add(w);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
