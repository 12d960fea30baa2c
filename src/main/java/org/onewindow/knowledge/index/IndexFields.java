package org.onewindow.knowledge.index;

import org.onewindow.shared.Lang;

/** The one owner of the index's field names and values. */
public final class IndexFields {

    /** Bumped when the index layout changes; an index of another version is rebuilt. */
    public static final String SCHEMA_VERSION = "7";

    public static final String COMMIT_SCHEMA_KEY = "onewindow.schema";

    /** "passage" or "doc" (one status record per document file). */
    public static final String TYPE = "type";

    public static final String TYPE_PASSAGE = "passage";
    public static final String TYPE_DOC = "doc";
    /** "file" or "synthetic". */
    public static final String ORIGIN = "origin";

    public static final String ORIGIN_FILE = "file";
    public static final String ORIGIN_SYNTHETIC = "synthetic";

    public static final String ID = "id";
    public static final String SOURCE = "source";
    /** {@link org.onewindow.knowledge.Topics#keyOf} of the source: what follow-ups prefer. */
    public static final String TOPIC = "topic";

    public static final String PATH = "path";
    public static final String TITLE = "title";
    public static final String SECTION = "section";
    /** The number of the measure a passage's heading gives ("Measure 13: …"), for questions naming it. */
    public static final String MEASURE = "measure";

    public static final String TEXT = "text";
    public static final String LANG = "lang";
    public static final String DEPARTMENT = "department";
    public static final String EFFECTIVE = "effective";
    public static final String SUPERSEDED = "superseded";
    public static final String HASH = "hash";
    public static final String KIND = "kind";
    public static final String VERIFIED = "verified";

    public static final String STATUS = "status";
    public static final String REASON = "reason";
    public static final String PASSAGES = "passages";
    public static final String SIZE = "size";
    public static final String INDEXED_AT = "indexedAt";

    /** "yes" when the passage carries its vector; "no" while it waits for one (BM25 serves it meanwhile). */
    public static final String HAS_VECTOR = "hasVector";
    /** Model and text hash of the vector, so an unchanged passage keeps its vector when its file is re-indexed. */
    public static final String VECTOR_KEY = "vectorKey";

    private static final String BODY_EN = "body_en";
    private static final String BODY_ZH = "body_zh";

    private IndexFields() {}

    /** The HNSW vector field of passages in {@code lang} (each language has its own model and dimension). */
    public static String vector(Lang lang) {
        return "vector_" + lang.code();
    }

    /** The analyzed field holding title, section and text of passages in {@code lang}. */
    public static String body(Lang lang) {
        return switch (lang) {
            case EN -> BODY_EN;
            case ZH -> BODY_ZH;
        };
    }
}
