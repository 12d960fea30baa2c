package org.onewindow.knowledge.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.onewindow.shared.Lang;

/**
 * The words of the index's text fields, read once per index version: the Chinese words with the
 * number of passages using each, the Latin words, and the Chinese characters of the Chinese field's
 * words. Spelling repair and the reading of a question's single characters both need them.
 */
record IndexVocabulary(Map<String, Integer> chineseWords, Set<String> latinWords, Set<Character> hanCharacters) {

    private static final Cache<Object, IndexVocabulary> BY_VERSION =
            Caffeine.newBuilder().maximumSize(4).build();

    /** The vocabulary of this reader's index version (read on first use, then kept). */
    static IndexVocabulary of(IndexReader reader) {
        return BY_VERSION.get(versionOf(reader), v -> read(reader));
    }

    /** What identifies a reader's index version, for what is computed from it. */
    static Object versionOf(IndexReader reader) {
        return reader.getReaderCacheHelper() == null
                ? reader
                : reader.getReaderCacheHelper().getKey();
    }

    private static IndexVocabulary read(IndexReader reader) {
        Map<String, Integer> chinese = new HashMap<>();
        Set<String> latin = new HashSet<>();
        Set<Character> hanCharacters = new HashSet<>();
        try {
            for (Lang lang : Lang.values()) {
                Terms terms = MultiTerms.getTerms(reader, IndexFields.body(lang));
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    String word = term.utf8ToString();
                    if (word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        latin.add(word);
                    } else {
                        chinese.merge(word, each.docFreq(), Integer::sum);
                    }
                    if (lang == Lang.ZH) {
                        for (char c : word.toCharArray()) {
                            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                                hanCharacters.add(c);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndexVocabulary(Map.copyOf(chinese), Set.copyOf(latin), Set.copyOf(hanCharacters));
    }
}
