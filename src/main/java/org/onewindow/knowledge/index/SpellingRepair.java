package org.onewindow.knowledge.index;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Repairs what an input method left wrong in a Chinese question, against the knowledge base's own
 * words: pinyin typed in place of a word ("zhuxiao要几天": 注销, "gaoxin企业": 高新企业) and a word typed
 * with a character of the same sound ("发漂": 发票). Only what is no word at all is touched: a Latin
 * word the knowledge base uses ("ukey") stays, and a same-sound repair is tried only on characters
 * the segmenter could not join into a word, and only towards one of the park's terms (the synonym
 * lists' words, what people type) that differs in one character: "去哪办" is no typo of "去拿",
 * common words sound alike too often. Immutable; safe to share.
 */
final class SpellingRepair {

    /**
     * Pinyin of a word of two syllables or more; never part of an address, a file name or a code
     * ("zhangwei@abc.com", "www.gaoxin.gov.cn", "gaoxin_2"). It must touch a Chinese character too:
     * English words in a Chinese sentence ("women entrepreneurs 有补贴吗") are set apart by spaces.
     */
    private static final Pattern LATIN_WORD =
            Pattern.compile("(?<![A-Za-z0-9@._:/\\\\-])[A-Za-z]{4,}(?![A-Za-z0-9@._:/\\\\-])");

    /** The segmenter, reused per thread. */
    private static final Analyzer SEGMENTER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new HMMChineseTokenizer());
        }
    };

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int LONGEST_WORD = 6;
    private static final int LONGEST_SAME_SOUND_REPAIR = 4;

    private static final Map<Character, String> SYLLABLES = new ConcurrentHashMap<>();
    private static Transliterator toLatin;

    /** The most used word of each sound ("zhuxiao" → 注销), of two characters or more. */
    private final Map<String, String> wordBySound;

    /** The same for the park's terms only. */
    private final Map<String, String> termBySound;

    private final Set<String> words;
    private final Set<String> latinWords;

    private SpellingRepair(
            Map<String, String> wordBySound,
            Map<String, String> termBySound,
            Set<String> words,
            Set<String> latinWords) {
        this.wordBySound = wordBySound;
        this.termBySound = termBySound;
        this.words = words;
        this.latinWords = latinWords;
    }

    /**
     * @param chineseWords the knowledge base's Chinese words with how many passages use each
     * @param terms the park's terms (what people type for the knowledge base's words)
     * @param latinWords the Latin words it uses, lower-case (never read as pinyin)
     */
    static SpellingRepair of(Map<String, Integer> chineseWords, Set<String> terms, Set<String> latinWords) {
        Map<String, Integer> uses = new HashMap<>(chineseWords);
        terms.forEach(t -> uses.putIfAbsent(t, 0));
        // A same-sound repair goes to a term the documents use: "去拿" is a synonym list's phrase only.
        Set<String> usedTerms = new HashSet<>(terms);
        usedTerms.removeIf(t -> chineseWords.getOrDefault(t, 0) == 0);
        return new SpellingRepair(
                bySound(uses, uses.keySet()),
                bySound(uses, usedTerms),
                Set.copyOf(uses.keySet()),
                Set.copyOf(latinWords));
    }

    private static Map<String, String> bySound(Map<String, Integer> uses, Set<String> words) {
        Map<String, String> bySound = new HashMap<>();
        Map<String, Integer> mostUses = new HashMap<>();
        for (String word : words) {
            if (word.length() < 2 || word.length() > LONGEST_WORD || !allHan(word)) {
                continue;
            }
            String sound = sound(word);
            int count = uses.getOrDefault(word, 0);
            int most = mostUses.getOrDefault(sound, -1);
            // Equally used words of one sound: the first in order, the same on every build.
            if (sound != null && (count > most || count == most && word.compareTo(bySound.get(sound)) < 0)) {
                bySound.put(sound, word);
                mostUses.put(sound, count);
            }
        }
        return Map.copyOf(bySound);
    }

    /** The text with pinyin and same-sound characters replaced by the words meant; unchanged if none. */
    String repair(String text) {
        if (wordBySound.isEmpty() || !HAN.matcher(text).find()) {
            return text;
        }
        String withWords = pinyin(text);
        return termBySound.isEmpty() ? withWords : sameSound(withWords);
    }

    /**
     * Each Latin word that is the pinyin of a knowledge-base word, alone ("zhuxiao") or with the
     * characters right after it ("gaoxin企业": 高新企业).
     */
    private String pinyin(String text) {
        Matcher m = LATIN_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            String typed = m.group().toLowerCase(Locale.ROOT);
            boolean touchesChinese = m.start() > 0 && allHan(text.substring(m.start() - 1, m.start()))
                    || m.end() < text.length() && allHan(text.substring(m.end(), m.end() + 1));
            if (!touchesChinese || latinWords.contains(typed)) {
                continue;
            }
            String word = wordBySound.get(typed);
            int end = m.end();
            for (int more = 1; word == null && more <= 2 && end + more <= text.length(); more++) {
                String after = text.substring(m.end(), m.end() + more);
                String sound = allHan(after) ? sound(after) : null;
                String candidate = sound == null ? null : wordBySound.get(typed + sound);
                if (candidate != null && candidate.endsWith(after)) {
                    word = candidate;
                    end = m.end() + more;
                }
            }
            if (word != null) {
                out.append(text, copied, m.start()).append(word);
                copied = end;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    private String sameSound(String text) {
        List<int[]> loose = looseCharacterRuns(text);
        if (loose.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int r = 0; r < loose.size(); r++) { // a repair keeps the length: the offsets stay right
            int from = loose.get(r)[0];
            int to = loose.get(r)[1];
            String run = text.substring(from, to);
            out.replace(from, to, repairRun(run));
        }
        return out.toString();
    }

    /** Left to right, the longest window of the run that sounds like a word it is one character off. */
    private String repairRun(String run) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            String repaired = null;
            int length = Math.min(LONGEST_SAME_SOUND_REPAIR, run.length() - i);
            for (; length >= 2 && repaired == null; length--) {
                repaired = sameSoundWord(run.substring(i, i + length));
            }
            if (repaired != null) {
                out.append(repaired);
                i += repaired.length();
            } else {
                out.append(run.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private String sameSoundWord(String typed) {
        if (words.contains(typed)) {
            return null;
        }
        String sound = sound(typed);
        String word = sound == null ? null : termBySound.get(sound);
        if (word == null || word.length() != typed.length()) {
            return null;
        }
        int differing = 0;
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != typed.charAt(k)) {
                differing++;
            }
        }
        return differing == 1 ? word : null;
    }

    /**
     * The spans of two or more Chinese characters in a row that the segmenter left as single
     * characters: where a mistyped character broke a word apart ("发漂和" of "发漂和税务ukey").
     */
    private static List<int[]> looseCharacterRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        try (TokenStream tokens = SEGMENTER.tokenStream("", text)) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int start = -1;
            int end = -1;
            int count = 0;
            while (tokens.incrementToken()) {
                int s = offset.startOffset();
                int e = offset.endOffset();
                boolean loose = e - s == 1 && allHan(text.substring(s, e));
                if (loose && count > 0 && s == end) {
                    end = e;
                    count++;
                    continue;
                }
                if (count >= 2) {
                    runs.add(new int[] {start, end});
                }
                start = loose ? s : -1;
                end = loose ? e : -1;
                count = loose ? 1 : 0;
            }
            if (count >= 2) {
                runs.add(new int[] {start, end});
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    /** The word's pinyin without tones or spaces ("注销" → "zhuxiao"); null if a character has none. */
    static String sound(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            String syllable = syllable(word.charAt(i));
            if (syllable == null) {
                return null;
            }
            out.append(syllable);
        }
        return out.toString();
    }

    private static String syllable(char c) {
        String known = SYLLABLES.get(c);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String latin;
        synchronized (SpellingRepair.class) { // a Transliterator is not safe for concurrent use
            if (toLatin == null) {
                toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
            }
            latin = toLatin.transliterate(String.valueOf(c));
        }
        String syllable = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        boolean converted = !syllable.isEmpty() && !latin.equals(String.valueOf(c));
        SYLLABLES.put(c, converted ? syllable : "");
        return converted ? syllable : null;
    }

    private static boolean allHan(String s) {
        return !s.isEmpty()
                && s.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
