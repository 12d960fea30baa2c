package org.onewindow.knowledge.runtime;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.onewindow.knowledge.AnswerComposer;
import org.onewindow.knowledge.AnswerPolicy;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.KnowledgeConfig;
import org.onewindow.knowledge.KnowledgeHealth;
import org.onewindow.knowledge.LastAnswer;
import org.onewindow.knowledge.ListedItems;
import org.onewindow.knowledge.MatchedWords;
import org.onewindow.knowledge.MeasureReference;
import org.onewindow.knowledge.OtherLanguageNames;
import org.onewindow.knowledge.Passage;
import org.onewindow.knowledge.QuestionType;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.SeveralAsked;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.knowledge.Topics;
import org.onewindow.knowledge.YearsAsked;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.knowledge.index.LangAnalyzers;
import org.onewindow.knowledge.index.PassageIndex;
import org.onewindow.knowledge.ingest.DocumentReader;
import org.onewindow.knowledge.ingest.ForkedParserPool;
import org.onewindow.knowledge.ingest.KnowledgeWatcher;
import org.onewindow.shared.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base over a directory: {@link #open} syncs the index with the files (only files whose
 * content hash changed are parsed again), then watches the directory and syncs again {@value #DEBOUNCE_MS}
 * ms after the last change (and every {@value #RESCAN_SECONDS} s as a safety net). Files are parsed in
 * forked JVMs; one that cannot be read is reported FAILED and skipped.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneKnowledgeBase.class);
    static final long DEBOUNCE_MS = 300;
    static final long RESCAN_SECONDS = 30;
    /** Sources are repo-relative paths as the API shows them, wherever the directory is mounted. */
    public static final String SOURCE_PREFIX = "knowledge-base/";

    private final KnowledgeConfig config;
    private final Path root;
    private final ForkedParserPool parsers;
    private final DocumentReader reader;
    private final PassageIndex index;
    private final AnswerComposer composer;
    private final FileSync files;
    private final ReentrantLock syncLock = new ReentrantLock();
    private final ScheduledExecutorService scheduler;
    private final AtomicBoolean syncPending = new AtomicBoolean();
    /** One thread computes missing passage vectors, a batch at a time, while BM25 serves those passages. */
    private final java.util.concurrent.ExecutorService embedding;

    private final AtomicBoolean embeddingPending = new AtomicBoolean();
    private volatile boolean closed;
    private static final int EMBED_BATCH = 64;
    /** How much more confident a short question must be alone to leave the conversation's topic. */
    static final double TOPIC_MARGIN = 0.1;
    /**
     * Below this confidence alone, a question longer than a short follow-up is also tried with the
     * conversation's topic. Chosen on the answer evaluation's development part (2026-12-07): the
     * follow-ups it rescues are answered alone at 0.14–0.62, the longer questions it would misread at
     * 0.68 and above.
     */
    static final double LONGER_SURE_ALONE = 0.65;
    /** How many hits are looked through for the numbered measures among them. */
    private static final int NUMBERED_CANDIDATES = 30;

    private final SyntheticPassages synthetic = new SyntheticPassages();
    private volatile String synonymsHash = "";
    private volatile KnowledgeWatcher watcher;
    private volatile java.util.function.Consumer<Boolean> reloads = applied -> {};
    private volatile int syntheticCount;
    private final Clock clock;
    /**
     * Answers already composed, for the questions enterprises ask again and again. Keyed by the index
     * generation and the day (an answer depends on which rules are in force today), so a change to the
     * knowledge base or midnight makes every older entry unreachable; size bounds the memory.
     */
    private final Cache<AnswerKey, KnowledgeAnswer> answers;

    private record AnswerKey(long generation, LocalDate day, Lang lang, String question, LastAnswer last) {}

    private LuceneKnowledgeBase(KnowledgeConfig config, AnswerPolicy policy, Clock clock) throws IOException {
        this.config = config;
        this.root = config.knowledgeBaseDir().toAbsolutePath().normalize();
        Files.createDirectories(root);
        this.parsers = new ForkedParserPool(
                config.parserPoolSize(), config.parserHeapMb(), config.parseTimeout(), config.maxChars());
        this.reader = new DocumentReader(parsers, config.maxFileBytes(), SOURCE_PREFIX);
        this.index = PassageIndex.open(config.indexDir(), LangAnalyzers.plain(), BgeEmbedder.shared());
        this.composer = new AnswerComposer(policy, clock);
        this.clock = clock;
        // Maintenance on the calling thread, as for the conversation cache (no hand-off per insert).
        this.answers = Caffeine.newBuilder()
                .maximumSize(config.answerCacheSize())
                .recordStats()
                .executor(Runnable::run)
                .build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "knowledge-sync"));
        this.embedding = Executors.newSingleThreadExecutor(r -> daemon(r, "knowledge-embed"));
        this.files = new FileSync(root, reader, index, config.maxFileBytes(), config.parserPoolSize());
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Opens the knowledge base with the calibrated answer policy and the system clock. */
    public static LuceneKnowledgeBase open(KnowledgeConfig config) {
        return open(config, AnswerPolicy.defaults(), Clock.systemDefaultZone());
    }

    /** Opens the knowledge base: syncs the index with the directory before returning. */
    public static LuceneKnowledgeBase open(KnowledgeConfig config, AnswerPolicy policy, Clock clock) {
        LuceneKnowledgeBase kb;
        try {
            kb = new LuceneKnowledgeBase(config, policy, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge index in " + config.indexDir(), e);
        }
        try {
            kb.parsers.warmUp();
            kb.files.load();
            kb.sync();
            if (config.watch()) {
                kb.watcher = new KnowledgeWatcher(kb.root, kb::scheduleSync);
                kb.scheduler.scheduleWithFixedDelay(kb::scheduleSync, RESCAN_SECONDS, RESCAN_SECONDS, TimeUnit.SECONDS);
            }
            return kb;
        } catch (IOException | RuntimeException e) {
            kb.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    @Override
    public List<SearchHit> search(String query, Lang lang, int limit) {
        return index.search(query, lang, limit, null);
    }

    @Override
    public KnowledgeAnswer answer(String question, Lang lang, LastAnswer last) {
        return answers.get(keyOf(question, lang, last), k -> compose(k.question(), k.lang(), k.last()));
    }

    @Override
    public Optional<KnowledgeAnswer> cachedAnswer(String question, Lang lang, LastAnswer last) {
        return Optional.ofNullable(answers.getIfPresent(keyOf(question, lang, last)));
    }

    /**
     * The generation is read before searching, so a cached answer is never older than its key. The
     * previous topic is part of the key: any question after an answer may be read in its light.
     */
    private AnswerKey keyOf(String question, Lang lang, LastAnswer last) {
        return new AnswerKey(index.generation(), LocalDate.now(clock), lang, question.strip(), last);
    }

    /**
     * Whether the answer to a question depends on the last one: a short question is read with its topic,
     * one leaning on it ("and the weekend days we have to work?") or after a year's calendar keeps its year.
     */
    private static boolean readsLast(String question, LastAnswer last) {
        return FollowUp.isShort(question) || FollowUp.leansOnContext(question) || aboutOneYear(last);
    }

    /** How often a question was answered from {@link #answers} (for metrics). */
    public CacheStats answerCacheStats() {
        return answers.stats();
    }

    private KnowledgeAnswer compose(String typed, Lang lang, LastAnswer previous) {
        // "zhuxiao要几天", "发漂能一块办吗": the words meant, as the knowledge base writes them.
        String repaired = index.repairSpelling(typed);
        // "换个事儿，公司注销要交钱不": the question is about something else than the last answer.
        var elsewhere = FollowUp.changingTopic(repaired);
        String question = elsewhere.orElse(repaired);
        LastAnswer last = elsewhere.isPresent() ? null : previous;
        KnowledgeAnswer whole = composeOne(question, lang, last);
        var several = SeveralAsked.in(question);
        // Two questions one after the other ("biz licence free? and the seals?") are two, short or not,
        // and may each have its answer when the whole has none.
        boolean apart = several.isPresent() && several.get().followsFirst();
        boolean unstated = whole.unstated() != null && apart;
        if (whole.kind() == KnowledgeAnswer.Kind.UNKNOWN && !unstated
                || several.isEmpty()
                || last != null && FollowUp.isShort(question) && !apart) {
            return whole;
        }
        // "开公司和注销公司都要钱吗": one answer rarely holds both; each side is looked up on its own.
        KnowledgeAnswer first = composeOne(several.get().first(), lang, last);
        KnowledgeAnswer second = composeOne(
                several.get().second(),
                lang,
                several.get().followsFirst()
                        ? LastAnswer.of(first.topic(), several.get().first())
                        : last);
        if (unstated) {
            // "biz licence free? and the seals?": the licence's fee is stated, the seals' is not; each
            // side gets its own answer, one of them that the fact is not known.
            boolean oneAnswered = first.kind() == KnowledgeAnswer.Kind.ANSWER && answeredOrUnstated(second)
                    || second.kind() == KnowledgeAnswer.Kind.ANSWER && answeredOrUnstated(first);
            return oneAnswered ? AnswerComposer.together(lang, first, second) : whole;
        }
        if (first.kind() != KnowledgeAnswer.Kind.ANSWER
                || second.kind() != KnowledgeAnswer.Kind.ANSWER
                || sharePassages(first, second)
                || holds(whole, first) && holds(whole, second)) {
            return whole;
        }
        return AnswerComposer.together(lang, first, second);
    }

    private static boolean answeredOrUnstated(KnowledgeAnswer a) {
        return a.kind() == KnowledgeAnswer.Kind.ANSWER || a.unstated() != null;
    }

    private static boolean sharePassages(KnowledgeAnswer a, KnowledgeAnswer b) {
        return a.usedPassages().stream()
                .anyMatch(p ->
                        b.usedPassages().stream().anyMatch(q -> q.passageId().equals(p.passageId())));
    }

    /** Whether every passage of {@code part} is one of {@code whole}'s. */
    private static boolean holds(KnowledgeAnswer whole, KnowledgeAnswer part) {
        return part.usedPassages().stream()
                .allMatch(p -> whole.usedPassages().stream()
                        .anyMatch(q -> q.passageId().equals(p.passageId())));
    }

    private KnowledgeAnswer composeOne(String typed, Lang lang, LastAnswer last) {
        Lang written = Lang.detectOrNull(typed);
        if (written != null && written != lang) {
            // "And in Chinese?" re-asks the last question in the other language: the same passages' text
            // in that language, as the two languages' documents and FAQ entries are kept in step.
            KnowledgeAnswer translated = inOtherLanguage(typed, written, lang);
            if (translated != null) {
                return translated;
            }
        }
        // "whats the chinese term for that", "工程质量保修书 英文叫啥": a name in the other language.
        Optional<OtherLanguageNames.Asked> naming = OtherLanguageNames.asked(typed);
        if (naming.isPresent()) {
            KnowledgeAnswer named = nameInOtherLanguage(naming.get(), lang, last);
            if (named != null) {
                return named;
            }
        }
        String question = last == null ? typed : FollowUp.askingAgain(typed, last.question());
        String query = question;
        // "And the one right after it?" after measure 11: measure 12, by the name a search knows.
        OptionalInt following =
                last == null ? OptionalInt.empty() : MeasureReference.following(question, last.question());
        if (following.isPresent()) {
            query = question + " " + MeasureReference.named(following.getAsInt(), lang);
        }
        // "What's in the second one?" after an answer listing five groups: that item, by its words.
        Optional<String> item =
                last == null || following.isPresent() ? Optional.empty() : listedItem(question, lang, last);
        if (item.isPresent()) {
            query = question + " " + item.get();
        }
        // "25年国庆放几天": the 2026 calendar is no answer; a follow-up keeps the year asked before. The
        // other years' passages are left out of more hits than usual.
        OptionalInt year = YearsAsked.in(question);
        if (year.isEmpty() && last != null && readsLast(question, last)) {
            year = YearsAsked.in(last.question());
        }
        int limit = year.isPresent() ? 12 : 5;
        List<SearchHit> hits = index.rank(query, lang, limit, null);
        double threshold = composer.policy().answerThreshold();
        boolean aloneConfident = !hits.isEmpty() && hits.get(0).confidence() >= threshold;
        List<SearchHit> aloneHits = hits;
        String aloneQuery = query;
        boolean readWithTopic = false;
        double alone = hits.isEmpty() ? 0 : hits.get(0).confidence();
        boolean isShort = FollowUp.isShort(question);
        // "and what needs to be in place before we apply?" after the building permit's time: alone it
        // lands on another topic's "before applying", but it goes on with this one.
        String lastTopic = last == null ? null : topicKeyOf(last);
        boolean aloneElsewhere = lastTopic != null
                && !hits.isEmpty()
                && !Topics.keyOf(hits.get(0).source()).equals(lastTopic);
        boolean continuesElsewhere = aloneElsewhere && FollowUp.continues(question);
        // "那企业开办呢 要几天" after deregistration: the follow-up names another topic by its title's words.
        boolean namesAnotherTopic = aloneElsewhere
                && aloneConfident
                && !FollowUp.pointsBack(question)
                && namesTitle(question, lang, hits.get(0));
        if (last != null
                && following.isEmpty()
                && item.isEmpty()
                && !namesAnotherTopic
                && (isShort || alone < LONGER_SURE_ALONE || continuesElsewhere)) {
            // A question after an answer is read in its light unless, alone, it is clearly about something
            // else: the conversation's topic is the better prior for "which office handles it", and for
            // "ok how many days till i get the licence n stuff" after the materials to register a company.
            // A longer question is read so only when alone it finds no sure answer, and only when the
            // topic's reading is at least as sure: a longer question mostly names its own subject.
            FollowUp.Topic topic = FollowUp.parse(last.topic());
            // A variant's own words say what changed ("按季度报的话呢" after the monthly threshold): they
            // count twice against the earlier question's ("月销售额").
            String own = FollowUp.asksAVariant(question) ? QuestionType.subjectOf(question) + " " : "";
            String withTopicWords =
                    question + " " + own + FollowUp.earlierWords(last.question(), question) + topicWords(topic, lang);
            List<SearchHit> withTopic = index.rank(withTopicWords, lang, limit, topic.source());
            boolean leans = isShort && (FollowUp.leansOnContext(question) || !aloneConfident);
            double margin = isShort ? TOPIC_MARGIN : 0;
            if (!withTopic.isEmpty()
                    && (withTopic.get(0).confidence() >= threshold || !aloneConfident)
                    && (leans || withTopic.get(0).confidence() >= alone - margin)) {
                hits = withTopic;
                query = withTopicWords;
                readWithTopic = true;
            }
        }
        KnowledgeAnswer answer = answerFrom(question, lang, last, hits, query, year);
        if (readWithTopic && aloneConfident && answer.kind() == KnowledgeAnswer.Kind.CLARIFY) {
            // With the topic's words two passages tie; alone the question has its answer ("这个二十条是哪年几月出的").
            KnowledgeAnswer answeredAlone = answerFrom(question, lang, last, aloneHits, aloneQuery, year);
            if (answeredAlone.kind() == KnowledgeAnswer.Kind.ANSWER) {
                return answeredAlone;
            }
        }
        return answer;
    }

    /**
     * Whether two words or more of what the question is about, found in the hit's passage or in its title
     * itself, stand in its title ("企业开办" in "企业开办一件事"; "four-instant reform" in an FAQ entry's
     * question whose answer says "minimalist approval"); one shared word ("申请", "exemption", a year)
     * names no topic.
     */
    private boolean namesTitle(String question, Lang lang, SearchHit hit) {
        String subject = QuestionType.subjectOf(question);
        return MatchedWords.standingIn(index.matchedTerms(subject, lang, hit), hit.title()) >= 2
                || MatchedWords.standingIn(index.termsInTitle(subject, lang, hit), hit.title()) >= 2;
    }

    /** The topic key of the last answer's document; null when it came from no document. */
    private static String topicKeyOf(LastAnswer last) {
        String source = FollowUp.parse(last.topic()).source();
        return source == null ? null : Topics.keyOf(source);
    }

    /**
     * The other language's name of the term asked about, or of the last question's: from the English
     * passages that give a Chinese term in brackets, those about an English term found by its words,
     * those about a Chinese term in the English documents of the topics where it is found. Null when
     * no passage names it.
     */
    private KnowledgeAnswer nameInOtherLanguage(OtherLanguageNames.Asked asked, Lang lang, LastAnswer last) {
        String term = asked.term();
        String lastSource = last == null ? null : FollowUp.parse(last.topic()).source();
        boolean onlyTheLastTopic = false;
        if (last != null && (term.isEmpty() || asked.pointsBack())) {
            // "whats the chinese term for that": the last question's term. "what is that service called
            // in Chinese" after "…the assistant/agent service…": the words typed and that one's. A word
            // typed in English after a Chinese question ("that system" after "简易注销在哪里公示") names
            // something of the last answer's topic, and is looked for there only.
            String earlier = OtherLanguageNames.termOf(last.question());
            boolean typedEnglish = !term.isEmpty() && Lang.detect(term, Lang.EN) == Lang.EN;
            if (term.isEmpty()) {
                term = earlier;
            } else if (typedEnglish && Lang.detect(earlier, Lang.EN) == Lang.EN) {
                term = term + " " + earlier;
            } else {
                onlyTheLastTopic = typedEnglish;
            }
        }
        if (term.isEmpty()) {
            return null;
        }
        Lang termLang = Lang.detect(term, Lang.EN);
        List<SearchHit> english = new ArrayList<>();
        if (lastSource != null) {
            english.addAll(index.topicPassages(Topics.keyOf(lastSource), Lang.EN));
        }
        // A word as plain as "system" is looked for only in what was just talked about.
        if (!onlyTheLastTopic && termLang == Lang.EN) {
            english.addAll(index.rank(term, Lang.EN, NAMING_HITS, lastSource));
        } else if (!onlyTheLastTopic) {
            index.rank(term, Lang.ZH, NAMING_HITS, lastSource).stream()
                    .map(h -> Topics.keyOf(h.source()))
                    .distinct()
                    .forEach(topic -> english.addAll(index.topicPassages(topic, Lang.EN)));
        }
        Map<OtherLanguageNames.Pair, SearchHit> pairs = new LinkedHashMap<>();
        for (SearchHit hit : english) {
            OtherLanguageNames.pairsIn(hit.title() + ". " + hit.text()).forEach(p -> pairs.putIfAbsent(p, hit));
        }
        List<OtherLanguageNames.Pair> named = OtherLanguageNames.naming(term, List.copyOf(pairs.keySet()));
        return named.isEmpty()
                ? null
                : AnswerComposer.named(
                        named,
                        termLang == Lang.EN ? Lang.ZH : Lang.EN,
                        lang,
                        pairs.get(pairs.keySet().stream()
                                .filter(p -> p.chinese().equals(named.get(0).chinese()))
                                .findFirst()
                                .orElseThrow()));
    }

    /** Passages searched for a term's name in the other language. */
    private static final int NAMING_HITS = 8;

    private KnowledgeAnswer answerFrom(
            String question, Lang lang, LastAnswer last, List<SearchHit> hits, String query, OptionalInt year) {
        if (QuestionType.of(question).contains(QuestionType.MEASURE)) {
            List<SearchHit> numbered = numberedMeasures(question, lang, last);
            if (!numbered.isEmpty()) {
                hits = numbered;
            }
        }
        if (year.isPresent()) {
            hits = YearsAsked.keepingYear(hits, year.getAsInt());
        }
        String ranked = query;
        return composer.compose(
                question,
                lang,
                hits,
                hit -> index.matchedTerms(ranked, lang, hit),
                hit -> index.topicPassages(Topics.keyOf(hit.source()), hit.lang()));
    }

    /**
     * The item of the list the last answer gave that the question asks for by its place, or empty. The
     * last answer is composed again from its question (it may stand on an earlier one: close enough for
     * finding its list), not looked up in {@link #answers}: this runs inside that cache's computation,
     * which must not compute another of its entries.
     */
    private Optional<String> listedItem(String question, Lang lang, LastAnswer last) {
        OptionalInt place = ListedItems.placeAsked(question);
        if (place.isEmpty() || last.question() == null) {
            return Optional.empty();
        }
        KnowledgeAnswer before = compose(last.question(), lang, null);
        return before.kind() == KnowledgeAnswer.Kind.ANSWER
                ? ListedItems.at(before.text(), place.getAsInt())
                : Optional.empty();
    }

    /** Whether the last answer came from a document about one year (the calendar's): its year holds on. */
    private static boolean aboutOneYear(LastAnswer last) {
        String source =
                last.topic() == null ? null : FollowUp.parse(last.topic()).source();
        return source != null && YearsAsked.in(source).isPresent();
    }

    /**
     * The answer to a question in its own language, given from the counterparts of its passages in
     * {@code wanted}; null when it is no answer or a passage has no counterpart.
     */
    private KnowledgeAnswer inOtherLanguage(String question, Lang own, Lang wanted) {
        KnowledgeAnswer original = compose(question, own, null);
        if (original.kind() != KnowledgeAnswer.Kind.ANSWER
                || original.usedPassages().isEmpty()) {
            return null;
        }
        List<SearchHit> counterparts = new ArrayList<>();
        for (var used : original.usedPassages()) {
            SearchHit other = counterpart(used.passageId(), used.source(), own, wanted);
            if (other == null) {
                return null;
            }
            counterparts.add(other.withConfidence(used.confidence()));
        }
        return composer.compose(question, wanted, counterparts, hit -> List.of(), hit -> List.of());
    }

    /**
     * The same passage in the other language: the FAQ entry of the same id with the other language's
     * suffix ({@code …#fee-en} → {@code …#fee-zh}), or the passage at the same place in the document's
     * other-language file ({@code x.en.md#3} → {@code x.zh.md#3}).
     */
    private SearchHit counterpart(String passageId, String source, Lang own, Lang wanted) {
        int hash = passageId.lastIndexOf('#');
        if (hash < 0) {
            return null;
        }
        String local = passageId.substring(hash + 1);
        String ownSuffix = "-" + own.code();
        String ownFile = "." + own.code() + ".";
        String wantedId;
        if (local.endsWith(ownSuffix)) {
            wantedId = source + "#" + local.substring(0, local.length() - ownSuffix.length()) + "-" + wanted.code();
        } else if (source.contains(ownFile)) {
            wantedId = source.replace(ownFile, "." + wanted.code() + ".") + "#" + local;
        } else {
            return null;
        }
        return index.topicPassages(Topics.keyOf(source), wanted).stream()
                .filter(h -> h.passageId().equals(wantedId))
                .findFirst()
                .orElse(null);
    }

    /**
     * For "which of the 20 measures is that?": the numbered measures nearest what the question (or,
     * after an answer, the conversation) is about — its words without those asking which measure, which
     * would otherwise find a measure by its number ("20") instead of its subject.
     */
    private List<SearchHit> numberedMeasures(String question, Lang lang, LastAnswer last) {
        String subject = QuestionType.subjectOf(question);
        List<SearchHit> own = numbered(subject, lang);
        // "开工即配套是第几条" names its own subject; "这是第几条" leans on the conversation's.
        boolean named = !FollowUp.leansOnContext(question)
                && !own.isEmpty()
                && own.get(0).confidence() >= composer.policy().answerThreshold();
        if (named || last == null || !FollowUp.isShort(question)) {
            return own;
        }
        return numbered(
                subject + " " + FollowUp.earlierWords(last.question(), question)
                        + topicWords(FollowUp.parse(last.topic()), lang),
                lang);
    }

    private List<SearchHit> numbered(String query, Lang lang) {
        return index.rank(query, lang, NUMBERED_CANDIDATES, null).stream()
                .filter(h -> MeasureReference.heading(h.section()).isPresent())
                .limit(5)
                .toList();
    }

    /**
     * The previous topic named in the question's language: the title of one of its documents in that
     * language ("企业注销一件事" after an answer from {@code faq/deregistration.yaml}), else its own words
     * when they are in that language (an FAQ file's English name would only dilute a Chinese question).
     */
    private String topicWords(FollowUp.Topic topic, Lang lang) {
        if (topic.source() == null) {
            return topic.words();
        }
        return index.topicPassages(Topics.keyOf(topic.source()), lang).stream()
                .filter(p -> p.kind() != Passage.Kind.FAQ)
                .map(SearchHit::title)
                .findFirst()
                .orElse(Lang.detect(topic.words(), lang) == lang ? topic.words() : "");
    }

    @Override
    public void replaceSyntheticDocuments(List<SyntheticDocument> docs) {
        var passages = synthetic.toPassages(docs);
        syncLock.lock();
        try {
            index.replaceSynthetic(passages);
            index.commitAndRefresh();
            syntheticCount = docs.size();
        } finally {
            syncLock.unlock();
        }
        scheduleEmbedding();
    }

    @Override
    public DocumentInfo putDocument(String relativePath, byte[] content) {
        String rel = SafePaths.relative(root, relativePath);
        if (content.length > config.maxFileBytes()) {
            throw new IllegalArgumentException(
                    "document too large: " + content.length + " bytes (limit " + config.maxFileBytes() + ")");
        }
        Path target = root.resolve(rel);
        syncLock.lock();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".upload.tmp");
            Files.write(tmp, content);
            Files.move(
                    tmp,
                    target,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            DocumentInfo info = files.indexFile(target, rel, content, DocumentReader.sha256(content));
            index.commitAndRefresh();
            scheduleEmbedding();
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + rel, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing " + rel, e);
        } finally {
            syncLock.unlock();
        }
    }

    @Override
    public boolean deleteDocument(String relativePath) {
        String rel = SafePaths.relative(root, relativePath);
        syncLock.lock();
        try {
            boolean existed = Files.deleteIfExists(root.resolve(rel));
            boolean known = files.remove(rel);
            index.commitAndRefresh();
            return existed || known;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + rel, e);
        } finally {
            syncLock.unlock();
        }
    }

    @Override
    public List<DocumentInfo> documents() {
        return files.documents();
    }

    @Override
    public KnowledgeHealth health() {
        List<String> failures = new ArrayList<>();
        int indexed = 0;
        int passages = 0;
        for (DocumentInfo d : documents()) {
            if (d.status() == DocumentInfo.Status.INDEXED) {
                indexed++;
                passages += d.passages();
            } else {
                failures.add(d.path() + ": " + d.reason());
            }
        }
        return new KnowledgeHealth(
                index.healthy(),
                indexed,
                failures.size(),
                passages,
                syntheticCount,
                failures,
                parsers.alive(),
                index.lastRefresh(),
                index.vectorProgress().waiting());
    }

    /** Waits until every passage has its vector (tests and benchmarks that measure the full retrieval). */
    public void awaitVectors(java.time.Duration limit) {
        long until = System.nanoTime() + limit.toNanos();
        while (index.vectorProgress().waiting() > 0 || embeddingPending.get()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("passage vectors not ready after " + limit);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void scheduleEmbedding() {
        if (!closed && embeddingPending.compareAndSet(false, true)) {
            embedding.execute(() -> {
                boolean progressed = false;
                try {
                    int done;
                    do {
                        done = index.embedMissing(EMBED_BATCH);
                        if (done > 0) {
                            index.commitAndRefresh();
                            progressed = true;
                        }
                    } while (done > 0 && !closed);
                    if (progressed && !closed && index.vectorProgress().waiting() == 0) {
                        index.expungeRewritten();
                    }
                } catch (RuntimeException e) {
                    progressed = false;
                    LOG.warn("computing passage vectors failed (words still find them): {}", e.toString());
                } finally {
                    embeddingPending.set(false);
                }
                // Passages written while this run ended are picked up by another run.
                if (progressed && !closed && index.vectorProgress().waiting() > 0) {
                    scheduleEmbedding();
                }
            });
        }
    }

    /**
     * Tells {@code observer} of every sync that changed the index ({@code true}) or failed
     * ({@code false}), for the operators' metrics; set it once, after opening.
     */
    public void observeReloads(java.util.function.Consumer<Boolean> observer) {
        this.reloads = observer;
    }

    /**
     * The check an edit of an already indexed document must pass before the watcher takes it in:
     * an edit with problems (each {@code file:line: problem}) is logged and the version in the index
     * stays. New documents and uploads are indexed as before. Set it once, after opening.
     */
    public void checkEdits(java.util.function.Function<Path, List<String>> check) {
        files.checkEdits(check);
    }

    /** Brings the index in step with the directory now (what the watcher triggers). */
    public void sync() {
        syncLock.lock();
        try {
            boolean changed = syncSynonyms();
            changed |= files.sync();
            if (changed) {
                index.commitAndRefresh();
                reloads.accept(true);
            }
            scheduleEmbedding();
        } catch (IOException e) {
            reloads.accept(false);
            LOG.warn("knowledge sync of {} failed: {}", root, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            syncLock.unlock();
        }
    }

    private void scheduleSync() {
        if (syncPending.compareAndSet(false, true)) {
            scheduler.schedule(
                    () -> {
                        syncPending.set(false);
                        try {
                            sync();
                        } catch (RuntimeException e) {
                            LOG.warn("knowledge sync failed: {}", e.toString());
                        }
                    },
                    DEBOUNCE_MS,
                    TimeUnit.MILLISECONDS);
        }
    }

    private boolean syncSynonyms() throws IOException {
        Path dir = root.resolve("synonyms");
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        String hash = DocumentReader.sha256(files.toString().getBytes(StandardCharsets.UTF_8));
        if (hash.equals(synonymsHash)) {
            return false;
        }
        index.setAnalyzers(LangAnalyzers.withSynonyms(files));
        synonymsHash = hash;
        LOG.info("knowledge synonyms loaded from {} files", files.size());
        return false;
    }

    @Override
    public void close() {
        files.close();
        KnowledgeWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        scheduler.shutdownNow();
        // Not interrupted: an interrupt inside Lucene's file I/O closes the index's channels.
        closed = true;
        embedding.shutdown();
        try {
            embedding.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        syncLock.lock();
        try {
            parsers.close();
            index.close();
        } finally {
            syncLock.unlock();
        }
    }
}
