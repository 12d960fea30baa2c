package org.onewindow.understanding;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.form.Option;
import org.onewindow.knowledge.embed.Embedder;
import org.onewindow.knowledge.embed.Vectors;
import org.onewindow.process.FieldSpec;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.shared.Lang;

/**
 * Recognises the option a message describes by meaning, by comparing the message's vector with
 * each option's label and description (same model, the message's language). Raw cosines are not
 * comparable across messages (the English model scores unrelated short text high), so an option
 * counts by its lift: how far it stands above the message's mean similarity to every option of
 * every form. It chooses only when one option is clearly the closest, lifts well above the rest of
 * the catalogue, and the message says enough to tell; otherwise nothing, and the step is asked
 * again as before. Blocking and CPU-bound: callers run it on a worker thread.
 */
public final class ChoiceMeanings {
    /**
     * Least lift of the chosen option, and how much closer it must be than the next option of its
     * field. Chosen on the development part of the form evaluation and on non-answers (fillers,
     * nonsense, other topics, answers to other steps) at every choice step.
     */
    private static final double MIN_LIFT = 0.14;

    private static final double MIN_MARGIN = 0.01;
    /** A description takes words: "hmm", "none of these" or "都可以" describe nothing. */
    private static final int MIN_WORDS_EN = 4;

    private static final int MIN_CHARS_ZH = 6;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final Embedder embedder;
    private final Supplier<ProcessCatalog> catalog;

    public ChoiceMeanings(Embedder embedder, Supplier<ProcessCatalog> catalog) {
        this.embedder = embedder;
        this.catalog = catalog;
    }

    /** The value of the option the message describes, or empty. */
    public Optional<String> choose(ChoiceToWeigh choice) {
        Lang lang = choice.lang();
        if (!saysEnough(choice.text(), lang)) {
            return Optional.empty();
        }
        float[] message = embedder.query(lang, choice.text());
        String best = null;
        double bestScore = -1;
        double second = -1;
        for (Option option : choice.field().choices()) {
            double score = similarity(message, option, lang);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = option.value();
            } else if (score > second) {
                second = score;
            }
        }
        boolean clear = bestScore - second >= MIN_MARGIN && bestScore - background(message, lang) >= MIN_LIFT;
        return clear ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The message's mean similarity to every choice of every form: what "unrelated" scores for it. */
    private double background(float[] message, Lang lang) {
        double sum = 0;
        int count = 0;
        for (ProcessDefinition def : catalog.get().all()) {
            for (FieldSpec field : def.fields()) {
                if (field.type() == FieldType.ENUM) {
                    for (Option option : field.choices()) {
                        sum += similarity(message, option, lang);
                        count++;
                    }
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private double similarity(float[] message, Option option, Lang lang) {
        return Vectors.cosine(message, embedder.passage(lang, describe(option, lang)));
    }

    private static String describe(Option option, Lang lang) {
        String label = option.label().text(lang);
        return option.description() == null
                ? label
                : label + (lang == Lang.ZH ? "：" : ": ") + option.description().text(lang);
    }

    private static boolean saysEnough(String text, Lang lang) {
        if (lang == Lang.ZH) {
            return HAN.matcher(text).results().count() >= MIN_CHARS_ZH;
        }
        return text.strip().split("\\s+").length >= MIN_WORDS_EN;
    }
}
