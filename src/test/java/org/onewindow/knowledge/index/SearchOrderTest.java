package org.onewindow.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.embed.Embedder;
import org.onewindow.shared.Lang;

/** The same question gets the same hits whatever order the passages were indexed and embedded in. */
final class SearchOrderTest {

    /** Words hashed into a small vector: fast, and near for texts sharing words. */
    private static final class HashingEmbedder implements Embedder {
        private static final int DIMENSION = 32;

        @Override
        public int dimension(Lang lang) {
            return DIMENSION;
        }

        @Override
        public String model(Lang lang) {
            return "hashing-" + DIMENSION;
        }

        @Override
        public float[] passage(Lang lang, String text) {
            return query(lang, text);
        }

        @Override
        public float[] query(Lang lang, String question) {
            float[] v = new float[DIMENSION];
            for (String word : question.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                Random r = new Random(word.hashCode());
                for (int i = 0; i < DIMENSION; i++) {
                    v[i] += (float) r.nextGaussian();
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < DIMENSION; i++) {
                v[i] = (float) (v[i] / Math.sqrt(Math.max(norm, 1e-9)));
            }
            return v;
        }
    }

    private static final String[] WORDS = {
        "licence",
        "seal",
        "tax",
        "permit",
        "land",
        "holiday",
        "agent",
        "filing",
        "deadline",
        "fee",
        "office",
        "window",
        "online",
        "hall",
        "capital",
        "address",
        "invoice",
        "notice",
        "creditor",
        "report"
    };

    private static List<String> texts() {
        Random r = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            StringBuilder t = new StringBuilder("Passage " + i + ":");
            for (int w = 0; w < 6; w++) {
                t.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            }
            texts.add(t.append('.').toString());
        }
        return texts;
    }

    private static PassageIndex indexed(List<String> texts) throws java.io.IOException {
        PassageIndex index = PassageIndex.inMemory(LangAnalyzers.withSynonyms(Map.of()), new HashingEmbedder());
        for (String text : texts) {
            TestFiles.put(
                    index, "docs/" + text.substring(0, text.indexOf(':')).replace(' ', '-') + ".md", Lang.EN, text);
        }
        while (index.embedMissing(16) > 0) {
            index.commitAndRefresh();
        }
        index.expungeRewritten();
        return index;
    }

    @Test
    void search_givesTheSameHitsWhateverOrderThePassagesWereIndexedIn() throws java.io.IOException {
        List<String> forward = texts();
        List<String> backward = new ArrayList<>(forward);
        java.util.Collections.reverse(backward);
        try (PassageIndex a = indexed(forward);
                PassageIndex b = indexed(backward)) {
            for (String question : List.of("tax filing deadline", "land permit fee", "agent office window")) {
                List<String> fromA = a.search(question, Lang.EN, 8, null).stream()
                        .map(SearchHit::passageId)
                        .toList();
                List<String> fromB = b.search(question, Lang.EN, 8, null).stream()
                        .map(SearchHit::passageId)
                        .toList();
                assertThat(fromA).as(question).isNotEmpty().isEqualTo(fromB);
            }
        }
    }
}
