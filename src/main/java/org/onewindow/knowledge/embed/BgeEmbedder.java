package org.onewindow.knowledge.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.function.Supplier;
import org.onewindow.shared.Lang;

/**
 * BGE small v1.5 (quantised), Chinese and English, from the langchain4j jars that carry the ONNX
 * weights: nothing is downloaded. Each model is loaded once per JVM, on first use (every node of a
 * test JVM shares them), and so are the vectors of passages already embedded there.
 */
public final class BgeEmbedder implements Embedder {

    /** BGE's retrieval instructions for short queries (as published with the models). */
    private static final String ZH_QUERY = "为这个句子生成表示以用于检索相关文章：";

    private static final String EN_QUERY = "Represent this sentence for searching relevant passages: ";

    private static final BgeEmbedder SHARED = new BgeEmbedder();

    private final Lazy zh = new Lazy(() -> new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run));
    private final Lazy en = new Lazy(() -> new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run));
    /** Questions come again and again; a vector is 2 KB. */
    private final Cache<Key, float[]> queries =
            Caffeine.newBuilder().maximumSize(20_000).executor(Runnable::run).build();
    /** Passages embedded in this JVM: other nodes (tests) and re-indexed unchanged passages reuse them. */
    private final Cache<Key, float[]> passages =
            Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

    private record Key(Lang lang, String text) {}

    private BgeEmbedder() {
        // DJL (the tokenizer's loader) must not look for anything online.
        System.setProperty("offline", "true");
    }

    /** The one instance of this JVM. */
    public static BgeEmbedder shared() {
        return SHARED;
    }

    @Override
    public int dimension(Lang lang) {
        return lang == Lang.ZH ? 512 : 384;
    }

    @Override
    public String model(Lang lang) {
        return lang == Lang.ZH ? "bge-small-zh-v1.5-q" : "bge-small-en-v1.5-q";
    }

    @Override
    public float[] passage(Lang lang, String text) {
        return passages.get(new Key(lang, text), k -> embed(k.lang(), k.text()));
    }

    @Override
    public float[] query(Lang lang, String question) {
        String q = question.strip();
        return queries.get(
                new Key(lang, q), k -> embed(k.lang(), (k.lang() == Lang.ZH ? ZH_QUERY : EN_QUERY) + k.text()));
    }

    private float[] embed(Lang lang, String text) {
        float[] v = (lang == Lang.ZH ? zh : en)
                .get()
                .embed(text.isBlank() ? "-" : text)
                .content()
                .vector();
        return Vectors.unit(v);
    }

    /** Loads a model once, on first use, by whichever thread needs it first. */
    private static final class Lazy {
        private final Supplier<EmbeddingModel> loader;
        private volatile EmbeddingModel model;

        Lazy(Supplier<EmbeddingModel> loader) {
            this.loader = loader;
        }

        EmbeddingModel get() {
            EmbeddingModel m = model;
            if (m == null) {
                synchronized (this) {
                    m = model;
                    if (m == null) {
                        m = loader.get();
                        model = m;
                    }
                }
            }
            return m;
        }
    }
}
