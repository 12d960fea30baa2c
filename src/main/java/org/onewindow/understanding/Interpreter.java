package org.onewindow.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.onewindow.form.FieldType;
import org.onewindow.form.FieldValidators;
import org.onewindow.form.FieldValue;
import org.onewindow.form.Inputs;
import org.onewindow.form.ValidationContext;
import org.onewindow.form.ValidationResult;
import org.onewindow.knowledge.OtherLanguageNames;
import org.onewindow.knowledge.QuestionType;
import org.onewindow.policy.EligibilityDialogue;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.Stage;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.WordLists;
import org.onewindow.understanding.Situation.Activity;

/**
 * Interprets a message in its situation: the first half of a turn, before the dialogue decides.
 * Pure and quick (no search, no I/O), so it runs on an event loop; a {@link Act.Question} is looked
 * up by the caller and the answer handed to the decision.
 */
public final class Interpreter {
    /** Asking for a person or for a status, in English and Chinese. */
    private static final WordLists WORDS = WordLists.load("understanding/interpreter.txt");

    private static final Pattern ASKS_FOR_PERSON = WORDS.pattern("asks-for-person");
    /** Words without which {@link #ASKS_FOR_PERSON} cannot match: most messages skip the expression. */
    private static final List<String> PERSON_CUES = WORDS.list("person-cues.en", "person-cues.zh");

    private static final Pattern STATUS_QUESTION = WORDS.pattern("status-question");

    private final Supplier<ProcessCatalog> catalog;
    private final FormReader form;
    private final ValidationContext validation;
    private final java.util.function.Predicate<String> asksWhichIncentives;
    /** The trigger matcher of the catalog last seen: prepared once per catalog, since every message is matched. */
    private volatile Triggers triggers;

    private record Triggers(ProcessCatalog catalog, IntentMatcher matcher) {}

    /**
     * @param asksWhichIncentives whether a message asks which incentive policies the enterprise can
     *     get (the eligibility check's start)
     */
    public Interpreter(
            Supplier<ProcessCatalog> catalog,
            ValidationContext validation,
            java.util.function.Predicate<String> asksWhichIncentives) {
        this.catalog = catalog;
        this.asksWhichIncentives = asksWhichIncentives;
        this.form = new FormReader(validation);
        this.validation = validation;
    }

    public Interpretation interpret(Situation situation, InboundMessage message) {
        // Outside a form the conversation follows the language a message clearly speaks; a form keeps
        // the conversation's language for its prompts (a name typed in Chinese is just a value, a
        // question in the other language is answered in its own) until the user asks to switch.
        Lang detected = message.text() == null ? situation.locale() : Lang.detect(message.text(), situation.locale());
        Act act = act(situation, message, detected);
        Lang lang = act instanceof Act.SwitchLanguage to
                ? to.lang()
                : act instanceof Act.Question q && q.again()
                        ? q.lang()
                        : situation.activity() == Activity.PROCESS ? situation.locale() : detected;
        return new Interpretation(lang, act);
    }

    /**
     * The choice step this reading left unread, when the message may describe an option in other
     * words: a typed text at an asked {@code enum} field that named no option. Empty otherwise.
     */
    public Optional<ChoiceToWeigh> choiceToWeigh(Situation situation, InboundMessage message, Interpretation reading) {
        if (reading.act() instanceof Act.ChoiceInWords inWords && situation.definition() != null) {
            return situation
                    .definition()
                    .field(inWords.field())
                    .map(field -> new ChoiceToWeigh(
                            field, inWords.description(), Lang.detect(inWords.description(), situation.locale())));
        }
        boolean unread = reading.act() instanceof Act.NotUnderstood
                || reading.act() instanceof Act.Refused refused
                        && refused.field().equals(situation.progress().currentField());
        if (!unread
                || situation.activity() != Activity.PROCESS
                || situation.definition() == null
                || message.text() == null
                || situation.progress().stage() != Stage.ASK
                || situation.progress().currentField() == null) {
            return Optional.empty();
        }
        return situation
                .definition()
                .field(situation.progress().currentField())
                .filter(field -> field.type() == FieldType.ENUM)
                .map(field -> new ChoiceToWeigh(
                        field,
                        Paraphrases.withoutNegated(message.text().toLowerCase(Locale.ROOT)), // "not filing - we need …"
                        Lang.detect(message.text(), situation.locale())));
    }

    /** The reading once {@link ChoiceMeanings} found the option the message describes: that option, as the answer. */
    public Interpretation chosen(Interpretation reading, ChoiceToWeigh choice, String option) {
        ValidationResult result =
                FieldValidators.validate(option, choice.field().view(), validation);
        if (reading.act() instanceof Act.ChoiceInWords) {
            return result.isOk()
                    ? new Interpretation(
                            reading.lang(),
                            new Act.Corrections(
                                    List.of(new FieldValue(choice.field().name(), result))))
                    : reading;
        }
        return result.isOk()
                ? new Interpretation(
                        reading.lang(),
                        new Act.Described(
                                new FieldValue(choice.field().name(), result),
                                reading.act() instanceof Act.Refused refused ? refused.later() : List.of()))
                : reading;
    }

    private Act act(Situation situation, InboundMessage message, Lang lang) {
        String text = message.text();
        String action = message.action();
        Activity activity = situation.activity();
        if (activity == Activity.WITH_STAFF) {
            return new Act.ForActivity();
        }
        if (action != null && action.startsWith(QuickActions.RATE_PREFIX)) {
            return rating(action.substring(QuickActions.RATE_PREFIX.length()));
        }
        if (activity == Activity.WAITING_FOR_STAFF || activity == Activity.GIVING_CALL_BACK) {
            if (QuickActions.LEAVE_QUEUE.equals(action) || text != null && Utterances.leavesQueue(text)) {
                return new Act.Command(CommandKind.CANCEL);
            }
            if (QuickActions.CALL_BACK.equals(action)) {
                return new Act.CallBack(null);
            }
            if (text != null && (activity == Activity.GIVING_CALL_BACK || Utterances.asksForCallBack(text))) {
                return new Act.CallBack(text); // the contact may be in it already ("call me back on 138…")
            }
            // Otherwise read as any message: questions are answered while the enterprise waits.
        }
        if (QuickActions.WRONG_ANSWER.equals(action) && activity != Activity.PROCESS) {
            return new Act.WrongAnswer();
        }
        if (QuickActions.HANDOFF.equals(action) || text != null && asksForPerson(text)) {
            return new Act.Command(CommandKind.PERSON);
        }
        if (activity == Activity.PROCESS) {
            return situation.definition() == null
                    ? new Act.NotUnderstood()
                    : form.read(situation.definition(), situation.progress(), message, lang);
        }
        if (message.isFile()) {
            return new Act.Upload(new org.onewindow.form.FileRef(
                    message.file().id(),
                    message.file().name(),
                    message.file().contentType(),
                    message.file().size()));
        }
        if (activity == Activity.EDITING_SUBMISSION) {
            return new Act.ForActivity();
        }
        if (action != null && action.startsWith(QuickActions.CORRECT_PREFIX)) {
            return new Act.ChangeSubmission(
                    SubmissionChangeKind.CORRECT, action.substring(QuickActions.CORRECT_PREFIX.length()));
        }
        // Only a submission still under way can be withdrawn or amended: without one (most turns)
        // the sentence is not even read.
        SubmissionChangeKind change =
                text != null && situation.hasOpenSubmission() ? SubmissionRequests.of(text) : null;
        if (change != null) {
            return new Act.ChangeSubmission(change, null);
        }
        if (activity == Activity.CHECKING_ELIGIBILITY) {
            // "so what's the actual rate we'd end up paying?" between the check's questions is answered,
            // and the check goes on; a short answer with a question mark ("software?") or a number in
            // it ("about 500,000 yuan?") stays an answer.
            boolean aside = text != null
                    && Utterances.looksLikeQuestion(text)
                    && !ANSWER_WITH_NUMBER.matcher(text).find()
                    && (!QuestionType.of(text).isEmpty() || text.strip().length() >= ASIDE_MIN_CHARS);
            return aside ? new Act.Question(text, lang) : new Act.ForActivity();
        }
        // "what is the quality warranty called in Chinese" asks for a name, not for Chinese replies; so
        // does "签约即供地英文怎么说" with no answer before it to say again in English.
        Lang other = text == null
                        || OtherLanguageNames.asksForName(text)
                        || situation.lastQuestion() == null
                                && OtherLanguageNames.asked(text)
                                        .filter(a -> !a.term().isEmpty())
                                        .isPresent()
                ? null
                : Commands.language(Inputs.foldWidth(text).toLowerCase(Locale.ROOT));
        if (other != null) {
            return situation.lastQuestion() == null
                    ? new Act.SwitchLanguage(other)
                    : again(situation.lastQuestion(), other);
        }
        // "what subsidies does Shanghai give to startups?" asks about another region, not for this park's check.
        if (EligibilityDialogue.START.equals(action)
                || text != null && asksWhichIncentives.test(text) && Regions.elsewhere(text) == null) {
            return new Act.StartEligibility();
        }
        if (action != null) {
            return button(action, lang);
        }
        if (situation.hasSubmissions() && STATUS_QUESTION.matcher(text).find()) {
            return new Act.Command(CommandKind.STATUS);
        }
        String place = Regions.elsewhere(text);
        if (place != null) {
            return new Act.Elsewhere(text, place);
        }
        Optional<ProcessDefinition> topic = triggers().match(text);
        if (topic.isPresent() && Requests.asksToAct(Inputs.foldWidth(text).toLowerCase(Locale.ROOT))) {
            return new Act.StartProcess(topic.get().id());
        }
        return new Act.Question(text, lang, topic.map(ProcessDefinition::id).orElse(null));
    }

    /** A question put aside during the eligibility check is at least this long, unless it asks a known kind of fact. */
    private static final int ASIDE_MIN_CHARS = 12;

    /** A number in a message during the check: an answer to its question, whatever its punctuation. */
    private static final Pattern ANSWER_WITH_NUMBER = Pattern.compile("\\d");

    /**
     * The last question, to be looked up again in {@code lang}: the process it was about, named in
     * that language, with the kind of fact it asked for ("注销要几个工作日" → "Deregister a company:
     * time limit working days"), or the question itself when it named no process.
     */
    /**
     * The last question again, to be answered in {@code lang}: the knowledge base gives the same
     * passages' text in that language, so the answer keeps its subject ("the simplified deregistration
     * notice", not deregistration in general).
     */
    private Act again(String lastQuestion, Lang lang) {
        String about = triggers().match(lastQuestion).map(ProcessDefinition::id).orElse(null);
        return new Act.Question(lastQuestion, lang, about, true);
    }

    /** "<handoffId>:<score>" of a rating button; a malformed one is a stale button. */
    private static Act rating(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || !value.substring(colon + 1).matches("[1-3]")) {
            return new Act.StaleButton(false);
        }
        return new Act.Rate(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
    }

    private Act button(String action, Lang lang) {
        if (action.startsWith(QuickActions.START_PREFIX)) {
            String id = action.substring(QuickActions.START_PREFIX.length());
            return catalog.get().byId(id).isPresent() ? new Act.StartProcess(id) : new Act.StaleButton(false);
        }
        if (action.startsWith(QuickActions.ASK_PREFIX)) {
            String question = action.substring(QuickActions.ASK_PREFIX.length());
            return new Act.Question(question, Lang.detect(question, lang));
        }
        return new Act.StaleButton(false);
    }

    private IntentMatcher triggers() {
        ProcessCatalog current = catalog.get();
        Triggers t = triggers;
        if (t == null || t.catalog() != current) {
            t = new Triggers(current, IntentMatcher.of(current.all()));
            triggers = t;
        }
        return t.matcher();
    }

    /** "I want to talk to a human", "can I speak to someone", "转人工", "我要找人工客服". */
    static boolean asksForPerson(String text) {
        return Utterances.isHandoff(text)
                || Inputs.containsAny(text.toLowerCase(Locale.ROOT), PERSON_CUES)
                        && ASKS_FOR_PERSON.matcher(text).find();
    }
}
