package org.onewindow.knowledge.embed;

import org.onewindow.shared.Lang;

/**
 * Turns text into unit-length vectors, one model per language. Calls are blocking and CPU-bound:
 * callers run them on worker threads, never on an event loop.
 */
public interface Embedder {

    /** The vector length of the language's model. */
    int dimension(Lang lang);

    /** Names the model of a language; a vector is only comparable with vectors of the same model. */
    String model(Lang lang);

    /** The vector of a passage (title, section and text as indexed). */
    float[] passage(Lang lang, String text);

    /** The vector of a question, with the model's query instruction where it expects one. */
    float[] query(Lang lang, String question);
}
