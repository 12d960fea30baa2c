package org.onewindow.knowledge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.onewindow.shared.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads synonym rules in Solr format ({@code a, b, c} equivalent; {@code a, b => c} one-way; {@code #}
 * comments) into one {@link SynonymMap} shared by both languages. Each phrase is analysed with the
 * analyzer of its own script, so that cross-language rules ({@code deregistration, 注销}) work from
 * either side. A bad line is logged and skipped, never fatal.
 */
public final class SynonymRules {

    private static final Logger LOG = LoggerFactory.getLogger(SynonymRules.class);

    private final SynonymMap.Builder builder = new SynonymMap.Builder(true);
    private final Analyzer en = LangAnalyzers.ruleAnalyzer(Lang.EN);
    private final Analyzer zh = LangAnalyzers.ruleAnalyzer(Lang.ZH);
    private int rules;
    private final Set<String> words = new HashSet<>();
    private final Map<String, String> chineseFor = new HashMap<>();

    /** Adds the rules of one file; {@code name} is for log lines. */
    public SynonymRules add(String name, String text) {
        int lineNo = 0;
        for (String raw : text.split("\r?\n")) {
            lineNo++;
            String line = raw;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                int arrow = line.indexOf("=>");
                if (arrow >= 0) {
                    List<CharsRef> from = phrases(line.substring(0, arrow));
                    List<CharsRef> to = phrases(line.substring(arrow + 2));
                    if (from.isEmpty() || to.isEmpty()) {
                        throw new IllegalArgumentException("a side of the rule has no words left after analysis");
                    }
                    for (CharsRef f : from) {
                        for (CharsRef t : to) {
                            if (!f.equals(t)) {
                                builder.add(f, t, true);
                            }
                        }
                    }
                } else {
                    pairWithChinese(line);
                    List<CharsRef> all = phrases(line);
                    if (all.size() < 2) {
                        throw new IllegalArgumentException("fewer than two distinct terms after analysis");
                    }
                    for (CharsRef a : all) {
                        for (CharsRef b : all) {
                            if (!a.equals(b)) {
                                builder.add(a, b, true);
                            }
                        }
                    }
                }
                rules++;
            } catch (IOException | RuntimeException e) {
                LOG.warn("synonyms {} line {} skipped: {}", name, lineNo, e.getMessage());
            }
        }
        return this;
    }

    /** On a line with a Chinese phrase, its English phrases are read as the first Chinese one. */
    private void pairWithChinese(String line) {
        List<String> raw = writtenPhrases(line);
        raw.stream()
                .filter(p -> Lang.detect(p, Lang.EN) == Lang.ZH)
                .findFirst()
                .ifPresent(chinese -> raw.stream()
                        .filter(p -> p.chars().allMatch(c -> c < 128))
                        .forEach(english -> chineseFor.putIfAbsent(english.toLowerCase(Locale.ROOT), chinese)));
    }

    /** English terms in a Chinese question, read as their Chinese synonym. */
    EnglishTermsInChinese englishTermsInChinese() {
        return EnglishTermsInChinese.of(chineseFor);
    }

    public int rules() {
        return rules;
    }

    /** The words and phrases of the rules added, as written. */
    public Set<String> words() {
        return Set.copyOf(words);
    }

    public SynonymMap build() {
        try {
            return builder.build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot build synonym map", e);
        }
    }

    private List<CharsRef> phrases(String list) throws IOException {
        List<CharsRef> out = new ArrayList<>();
        for (String phrase : writtenPhrases(list)) {
            words.add(phrase);
            CharsRef analyzed = analyze(Lang.detect(phrase, Lang.EN) == Lang.ZH ? zh : en, phrase);
            if (analyzed != null && !out.contains(analyzed)) {
                out.add(analyzed);
            }
        }
        return out;
    }

    /** The comma-separated phrases of a list as written ("\\," is a comma inside a phrase). */
    private static List<String> writtenPhrases(String list) {
        return java.util.Arrays.stream(list.split("(?<!\\\\),"))
                .map(p -> p.replace("\\,", ",").strip())
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static CharsRef analyze(Analyzer analyzer, String text) throws IOException {
        CharsRefBuilder sb = new CharsRefBuilder();
        try (TokenStream ts = analyzer.tokenStream("synonyms", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() == 0) {
                    continue;
                }
                if (sb.length() > 0 && inc.getPositionIncrement() > 0) {
                    sb.append(SynonymMap.WORD_SEPARATOR);
                }
                sb.append(term.buffer(), 0, term.length());
            }
            ts.end();
        }
        return sb.length() == 0 ? null : sb.get();
    }
}
