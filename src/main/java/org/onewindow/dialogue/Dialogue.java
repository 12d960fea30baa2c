package org.onewindow.dialogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.KnowledgeCitation;
import org.onewindow.knowledge.QuestionType;
import org.onewindow.knowledge.Sentences;
import org.onewindow.knowledge.embed.Embedder;
import org.onewindow.policy.EligibilityDialogue;
import org.onewindow.policy.EligibilityReply;
import org.onewindow.policy.EligibilityTurn;
import org.onewindow.policy.Fact;
import org.onewindow.process.DepartmentRegistry;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.ProcessProgress;
import org.onewindow.process.ProcessReply;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.ProcessTurn;
import org.onewindow.process.ProcessView;
import org.onewindow.shared.Citation;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Mode;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Reply;
import org.onewindow.shared.SubmissionSummary;
import org.onewindow.understanding.Act;
import org.onewindow.understanding.ChoiceMeanings;
import org.onewindow.understanding.ChoiceToWeigh;
import org.onewindow.understanding.CommandKind;
import org.onewindow.understanding.Interpretation;
import org.onewindow.understanding.Interpreter;
import org.onewindow.understanding.QuickActions;
import org.onewindow.understanding.Situation;
import org.onewindow.understanding.Situation.Activity;

/**
 * Decides a turn: (state, interpretation, looked-up answer) → replies, next state and effects. The
 * message was interpreted first ({@link #interpret}); a question in it was looked up by the caller,
 * who hands the answer in. Pure: it never searches or stores, so it runs on an event loop.
 */
public final class Dialogue {

    /** Quick-reply action that starts a process: {@code process:start:<id>}. */
    public static final String START_PREFIX = QuickActions.START_PREFIX;
    /** Quick-reply action that asks the knowledge base a question: {@code kb:ask:<question>}. */
    public static final String ASK_PREFIX = QuickActions.ASK_PREFIX;

    private static final Pattern PROCESS_SOURCE = Pattern.compile(
            "knowledge-base/(?:processes/([a-z0-9-]+)\\.ya?ml|procedures/([a-z0-9-]+)\\.(?:en|zh)\\.md)");

    /** Quick-reply action by which the user says an answer was wrong: a person takes over. */
    public static final String WRONG_ANSWER_ACTION = QuickActions.WRONG_ANSWER;
    /** Quick-reply action that asks for a person. */
    public static final String HANDOFF_ACTION = QuickActions.HANDOFF;
    /** The action of a rating button after a handback: {@code rating:<handoffId>:<3|2|1>}. */
    public static final String RATE_ACTION_PREFIX = QuickActions.RATE_PREFIX;
    /** The queue of questions no process or document owns. */
    public static final String GENERAL_DEPARTMENT = "general";
    /** Unanswered questions in a row after which a person is called in. */
    static final int UNANSWERED_BEFORE_HANDOFF = 2;

    private final Supplier<ProcessCatalog> catalog;
    private final Supplier<DepartmentRegistry> departments;
    private final ProcessRunner runner;
    private final FormPolicy form;
    private final Interpreter interpreter;
    private final ChoiceMeanings meanings;
    private final OfficeHours officeHours;
    private final java.time.Clock clock;
    private final EligibilityDialogue eligibility;
    private final SubmissionEditor editor;

    public Dialogue(
            Supplier<ProcessCatalog> catalog,
            Supplier<DepartmentRegistry> departments,
            ProcessRunner runner,
            OfficeHours officeHours,
            java.time.Clock clock,
            EligibilityDialogue eligibility,
            Embedder embedder) {
        this.eligibility = eligibility;
        this.meanings = new ChoiceMeanings(embedder, catalog);
        this.editor = new SubmissionEditor(catalog, clock);
        this.catalog = catalog;
        this.departments = departments;
        this.runner = runner;
        this.form = new FormPolicy(runner);
        this.interpreter = new Interpreter(catalog, runner.validation(), eligibility::asksWhichApply);
        this.officeHours = officeHours;
        this.clock = clock;
    }

    /** The first message of every conversation, with a few processes to start from. */
    public List<Reply> greeting(Lang lang) {
        List<QuickReply> starts = new ArrayList<>();
        for (String id : List.of("start-business", "deregistration", "book-agent")) {
            catalog.get().byId(id).ifPresent(def -> starts.add(new QuickReply(def.title(lang), START_PREFIX + id)));
        }
        return List.of(Reply.bot(Texts.get(lang, Texts.GREETING), starts));
    }

    /** What the turn's message does where the conversation stands. Pure and quick. */
    public Interpretation interpret(DialogueTurn turn) {
        return interpreter.interpret(situation(turn.state()), turn.message());
    }

    /** The choice step the reading left unread, whose option the message may describe in other words. */
    public Optional<ChoiceToWeigh> choiceToWeigh(DialogueTurn turn, Interpretation reading) {
        return interpreter.choiceToWeigh(situation(turn.state()), turn.message(), reading);
    }

    /**
     * The reading with the option the message describes as its answer, or the reading unchanged.
     * Blocking (it embeds the message): callers run it on a worker thread.
     */
    public Interpretation weigh(ChoiceToWeigh choice, Interpretation reading) {
        return meanings.choose(choice)
                .map(option -> interpreter.chosen(reading, choice, option))
                .orElse(reading);
    }

    private Situation situation(DialogueState state) {
        boolean open = state.submissions().stream().anyMatch(SubmissionEditor::undecided);
        if (state.mode() == Mode.HANDOFF && state.handoff() != null) {
            HandoffInfo handoff = state.handoff();
            Activity waiting = !handoff.isQueued()
                    ? Activity.WITH_STAFF
                    : handoff.askingCallBack() ? Activity.GIVING_CALL_BACK : Activity.WAITING_FOR_STAFF;
            return new Situation(
                    state.locale(), waiting, null, null, !state.submissions().isEmpty(), open, state.lastQuestion());
        }
        if (state.mode() == Mode.PROCESS && state.process() != null) {
            ProcessDefinition def =
                    catalog.get().byId(state.process().processId()).orElse(null);
            ProcessProgress progress = def == null ? state.process() : runner.refreshed(def, state.process());
            return new Situation(
                    state.locale(),
                    Activity.PROCESS,
                    def,
                    progress,
                    !state.submissions().isEmpty(),
                    open,
                    null);
        }
        Activity activity = state.edit() != null
                ? Activity.EDITING_SUBMISSION
                : state.eligibility() != null ? Activity.CHECKING_ELIGIBILITY : Activity.IDLE;
        return new Situation(
                state.locale(), activity, null, null, !state.submissions().isEmpty(), open, state.lastQuestion());
    }

    /**
     * The decision of a turn.
     *
     * @param answer the knowledge base's answer to {@link Interpretation#question()}; null when the
     *     interpretation asks nothing
     */
    public Decision decide(DialogueTurn turn, Interpretation reading, KnowledgeAnswer answer) {
        if (reading.question() != null && answer == null) {
            throw new IllegalArgumentException("a question is decided with its answer");
        }
        Lang lang = reading.lang();
        DialogueState state = turn.state().speaking(lang);
        turn = new DialogueTurn(state, turn.message(), turn.knownFacts(), turn.profile());
        InboundMessage message = turn.message();
        String userText = message.isAction()
                ? state.labelOf(message.action())
                : message.isFile() ? message.file().name() : message.text();
        Act act = reading.act();
        Optional<EligibilityReply> verdict;
        Decision decision;
        if (state.mode() == Mode.HANDOFF
                && state.handoff() != null
                && !state.handoff().isQueued()) {
            // A person is on it: the message is for them, the bot stays quiet.
            return new Decision(userText, List.of(), state);
        } else if (act instanceof Act.Rate rate) {
            decision = new Decision(userText, List.of(Reply.bot(Texts.get(lang, Texts.THANKS_FOR_RATING))), state)
                    .withRating(new Decision.HandoffRating(rate.handoffId(), rate.score()));
        } else if (state.mode() == Mode.HANDOFF && state.handoff() != null) {
            decision = whileQueued(state, act, answer, userText, lang);
        } else if (act instanceof Act.WrongAnswer
                && answer != null
                && !answer.options().isEmpty()) {
            // First the next best answers and a rephrase; a person is one tap further.
            List<QuickReply> choices = new ArrayList<>(answer.options().stream()
                    .map(o -> new QuickReply(o.label(), ASK_PREFIX + o.query()))
                    .toList());
            choices.add(new QuickReply(Texts.get(lang, Texts.TALK_TO_PERSON), HANDOFF_ACTION));
            decision = new Decision(userText, List.of(Reply.bot(answer.text(), choices)), state)
                    .withAnswer(flagged(state, lang));
        } else if (act instanceof Act.WrongAnswer) {
            decision = handoff(
                            state, userText, List.of(), GENERAL_DEPARTMENT, "the user rated an answer as wrong", lang)
                    .withAnswer(flagged(state, lang));
        } else if (act instanceof Act.Command c && c.kind() == CommandKind.PERSON && state.mode() != Mode.PROCESS) {
            decision = handoff(state, userText, List.of(), GENERAL_DEPARTMENT, "asked for a person", lang);
        } else if (state.mode() == Mode.PROCESS && state.process() != null) {
            decision = continueProcess(turn, act, answer, lang, userText);
        } else if (state.edit() != null && act instanceof Act.ForActivity) {
            decision = editor.handle(state, message.text(), message.action(), lang, userText);
        } else if (act instanceof Act.ChangeSubmission change) {
            decision = editor.start(state, change, message.text(), lang, userText)
                    .orElseGet(() ->
                            new Decision(userText, List.of(Reply.bot(Texts.get(lang, Texts.UNKNOWN_ACTION))), state));
        } else if (state.eligibility() != null && act instanceof Act.ForActivity) {
            decision = eligibility(
                    state,
                    eligibility.handle(
                            state.eligibility(), message.isAction() ? message.action() : message.text(), lang),
                    userText);
        } else if ((verdict = policyVerdict(act, state, message, lang)).isPresent()) {
            Citation policy = verdict.get().citations().get(0);
            decision = withPendingCheckQuestion(
                    new Decision(
                                    userText,
                                    List.of(Reply.answer(
                                            verdict.get().text(), verdict.get().citations(), List.of())),
                                    state.answered(policy.source() + " " + policy.title(), message.text()))
                            .withAnswer(
                                    new Decision.AnswerRecord(message.text(), lang.code(), "answer", 1.0, List.of())),
                    state,
                    lang);
        } else if (act instanceof Act.StartEligibility) {
            Map<String, Fact> known = new java.util.HashMap<>(state.facts());
            known.putAll(turn.profile());
            if (!message.isAction() && !message.isFile()) {
                known.putAll(eligibility.statedIn(message.text()));
            }
            decision = eligibility(state, eligibility.start(known, lang), userText);
        } else if (act instanceof Act.Upload) {
            decision = new Decision(
                    userText, List.of(Reply.bot(Texts.format(lang, Texts.FILE_KEPT, "file", userText))), state);
        } else if (act instanceof Act.StartProcess start) {
            Optional<ProcessDefinition> def = catalog.get().byId(start.processId());
            decision = def.isPresent() ? start(turn, def.get(), lang, userText) : unknownAction(state, userText, lang);
        } else if (act instanceof Act.Command c && c.kind() == CommandKind.STATUS) {
            decision = new Decision(userText, List.of(Reply.bot(statusText(state, lang))), state);
        } else if (act instanceof Act.Question question) {
            decision = withPendingCheckQuestion(answerQuestion(state, question, answer, userText), state, lang);
        } else if (act instanceof Act.Elsewhere elsewhere
                && speaksOf(answer, elsewhere.place(), elsewhere.question())) {
            // The knowledge base holds that place's example (its section says it is not this park's rule).
            decision = answerQuestion(state, new Act.Question(elsewhere.question(), lang), answer, userText);
        } else if (act instanceof Act.Elsewhere elsewhere) {
            decision = new Decision(
                            userText,
                            List.of(Reply.bot(
                                    Texts.format(lang, Texts.ELSEWHERE, "place", elsewhere.place()),
                                    List.of(new QuickReply(Texts.get(lang, Texts.TALK_TO_PERSON), HANDOFF_ACTION)))),
                            state)
                    .withAnswer(new Decision.AnswerRecord(elsewhere.question(), lang.code(), "unknown", 0, List.of()));
        } else if (act instanceof Act.SwitchLanguage) {
            decision = new Decision(userText, List.of(Reply.bot(Texts.get(lang, Texts.LANGUAGE_SWITCHED))), state);
        } else {
            decision = unknownAction(state, userText, lang);
        }
        List<QuickReply> offered = decision.replies().isEmpty()
                ? List.of()
                : decision.replies().get(decision.replies().size() - 1).quickReplies();
        return new Decision(
                decision.userText(),
                decision.replies(),
                decision.state().offering(offered),
                decision.submission(),
                decision.handoff(),
                decision.answer(),
                decision.learnt(),
                decision.change(),
                decision.rating());
    }

    /**
     * A question answered between the eligibility check's questions is followed by the check's
     * question again, so that the check goes on.
     */
    private Decision withPendingCheckQuestion(Decision decision, DialogueState state, Lang lang) {
        Optional<EligibilityReply> pending =
                state.eligibility() == null ? Optional.empty() : eligibility.pending(state.eligibility(), lang);
        if (pending.isEmpty()) {
            return decision;
        }
        List<Reply> replies = new ArrayList<>(decision.replies());
        replies.add(Reply.answer(
                pending.get().text(), pending.get().citations(), pending.get().quickReplies()));
        return decision.withReplies(replies);
    }

    /**
     * Whether one policy applies to the enterprise the message describes, when what it says decides it
     * ("个体户能享受六税两费减半嘛"); a policy the message does not name is the last answer's, unless
     * the message asks which policies apply at all.
     */
    private Optional<EligibilityReply> policyVerdict(Act act, DialogueState state, InboundMessage message, Lang lang) {
        boolean question = act instanceof Act.Question q && !q.again();
        if (!(question || act instanceof Act.StartEligibility) || message.isAction() || message.isFile()) {
            return Optional.empty();
        }
        String lastTopic = question ? state.lastTopic() : null;
        return eligibility.verdict(
                message.text(), () -> QuestionType.of(message.text()).isEmpty(), lastTopic, lang);
    }

    /**
     * Whether an answer found says something about {@code place} ("山西", "Zhuhai") and about what was
     * asked of it: a sentence naming the place shares a word with the question besides the place
     * (Gaoming's agents are no answer to "the requirements to register a company in Guangdong"), or
     * the question asks nothing besides the place.
     */
    private static boolean speaksOf(KnowledgeAnswer answer, String place, String question) {
        if (answer == null || answer.kind() != KnowledgeAnswer.Kind.ANSWER) {
            return false;
        }
        String where = place.toLowerCase(Locale.ROOT);
        Set<String> asked = SharedWords.of(question.toLowerCase(Locale.ROOT).replace(where, " "));
        // "山西那边怎么办的" asks nothing but how it is done there: any word of the place will do.
        if (asked.isEmpty()) {
            return answer.text().toLowerCase(Locale.ROOT).contains(where);
        }
        return Sentences.split(answer.text()).stream()
                .map(sentence -> sentence.toLowerCase(Locale.ROOT))
                .filter(sentence -> sentence.contains(where))
                .anyMatch(sentence -> !Collections.disjoint(asked, SharedWords.of(sentence.replace(where, " "))));
    }

    /** The record that the last answer was rated wrong: counted as not answered on the dashboard. */
    private static Decision.AnswerRecord flagged(DialogueState state, Lang lang) {
        String question = state.lastQuestion() == null ? "" : state.lastQuestion();
        return new Decision.AnswerRecord(question, lang.code(), Decision.AnswerRecord.FLAGGED, 0, List.of());
    }

    private static Decision unknownAction(DialogueState state, String userText, Lang lang) {
        return new Decision(userText, List.of(Reply.bot(Texts.get(lang, Texts.UNKNOWN_ACTION))), state);
    }

    /** The process part of the API's State for a conversation in a process, or null. */
    public Map<String, Object> processView(DialogueState state, Lang lang) {
        if (state.process() == null) {
            return null;
        }
        Optional<ProcessDefinition> def = catalog.get().byId(state.process().processId());
        if (def.isEmpty()) {
            return null;
        }
        ProcessView view = runner.view(def.get(), state.process(), lang);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", view.id());
        out.put("title", view.title());
        out.put("step", view.step());
        out.put("steps", view.steps());
        out.put("asking", view.asking());
        out.put("field", view.field());
        return out;
    }

    /** Told on a new device: the enterprise's unfinished form from another conversation, where it stands, its question. */
    public List<Reply> continuedFromElsewhere(ProcessProgress progress, Lang lang) {
        return catalog.get()
                .byId(progress.processId())
                .map(def -> {
                    List<Reply> out = new ArrayList<>();
                    out.add(Reply.bot(Texts.format(lang, Texts.CONTINUED_HERE, "process", def.title(lang))));
                    out.addAll(replies(runner.repeatQuestion(def, runner.refreshed(def, progress), lang)));
                    return out;
                })
                .orElse(List.of());
    }

    /** Told in the conversation the form moved away from. */
    public Reply continuedElsewhere(Lang lang) {
        return new Reply(
                org.onewindow.shared.Sender.SYSTEM,
                org.onewindow.shared.MessageType.NOTICE,
                Texts.get(lang, Texts.CONTINUED_ELSEWHERE),
                List.of(),
                List.of(),
                null);
    }

    /** The question a process stood at, asked again after a person handed the conversation back. */
    public List<Reply> resumeProcess(DialogueState state) {
        if (state.process() == null) {
            return List.of();
        }
        return catalog.get()
                .byId(state.process().processId())
                .map(def -> replies(runner.repeatQuestion(def, state.process(), state.locale())))
                .orElse(List.of());
    }

    /**
     * A staff member corrects an answer of the process under way, with a reason the enterprise is
     * shown; the conversation keeps its step. Empty when there is no such process or field, or the
     * value is refused (the exception says why).
     */
    public DialogueState correctedByStaff(DialogueState state, String field, String value) {
        if (state.process() == null) {
            throw new IllegalArgumentException("No process is under way in this conversation.");
        }
        ProcessDefinition def = catalog.get()
                .byId(state.process().processId())
                .orElseThrow(
                        () -> new IllegalArgumentException("The process of this conversation is no longer offered."));
        ProcessRunner.StaffCorrection result =
                runner.correctByStaff(def, state.process(), field, value, state.locale());
        if (result.progress() == null) {
            throw new IllegalArgumentException(result.problem());
        }
        return state.inProcess(result.progress());
    }

    /** The notice telling the enterprise that staff corrected an answer, and why. */
    public Reply staffCorrectionNotice(DialogueState state, String field, String reason) {
        String label =
                state.process() == null ? field : fieldLabel(state.process().processId(), field, state.locale());
        return new Reply(
                org.onewindow.shared.Sender.STAFF,
                org.onewindow.shared.MessageType.NOTICE,
                Texts.format(state.locale(), Texts.STAFF_CORRECTED, "field", label, "reason", reason),
                List.of(),
                List.of(),
                null);
    }

    /** A field's label in {@code lang}, or its name when the process does not know it. */
    public String fieldLabel(String processId, String field, Lang lang) {
        return catalog.get()
                .byId(processId)
                .flatMap(def -> def.field(field))
                .map(f -> f.label(lang))
                .orElse(field);
    }

    /** The reply that confirms a new version of a submission, or its withdrawal. */
    public Reply changed(SubmissionSummary submission, boolean withdrawn, Lang lang) {
        String text = withdrawn
                ? Texts.format(lang, Texts.WITHDRAWN, "receipt", submission.receipt())
                : Texts.format(
                        lang, Texts.NEW_VERSION, "receipt", submission.receipt(), "version", submission.version());
        return new Reply(
                org.onewindow.shared.Sender.BOT,
                org.onewindow.shared.MessageType.STATUS,
                text,
                List.of(),
                List.of(),
                submission.id());
    }

    /** "1 working day", "5 working days", "5–10 working days" (never "1–1"). */
    static String workingDays(int min, int max, Lang lang) {
        if (min == max) {
            return Texts.format(lang, Texts.WORKING_DAYS, "days", max);
        }
        return Texts.format(lang, Texts.WORKING_DAYS_RANGE, "min", min, "max", max);
    }

    /** The reply that confirms a stored submission with its receipt number and committed date. */
    public Reply submitted(SubmissionDraft draft, SubmissionSummary submission) {
        Lang lang = draft.lang();
        String text = Texts.format(
                lang,
                Texts.SUBMITTED,
                "process",
                draft.processTitle(),
                "receipt",
                submission.receipt(),
                "timeLimit",
                workingDays(draft.payload().minWorkingDays(), draft.payload().maxWorkingDays(), lang),
                "expectedBy",
                submission.expectedBy());
        return new Reply(
                org.onewindow.shared.Sender.BOT,
                org.onewindow.shared.MessageType.STATUS,
                text,
                List.of(),
                List.of(),
                submission.id());
    }

    /** The status card that tells the enterprise what an approval system decided. */
    public Reply statusChanged(
            SubmissionSummary submission,
            String connectorId,
            Object targetStatus,
            String comment,
            List<String> corrections,
            Lang lang) {
        Optional<ProcessDefinition> def = catalog.get().byId(submission.process());
        String title = def.map(d -> d.title(lang)).orElse(submission.process());
        String department = departmentName(connectorId, lang);
        StringBuilder text = new StringBuilder(Texts.format(
                lang,
                Texts.TARGET_STATUS,
                "receipt",
                submission.receipt(),
                "process",
                title,
                "department",
                department,
                "status",
                Texts.status(lang, String.valueOf(targetStatus))));
        if (comment != null && !comment.isBlank()) {
            text.append(Texts.format(lang, "dialogue.targetComment", "comment", comment));
        }
        if (!corrections.isEmpty()) {
            text.append('\n').append(Texts.get(lang, Texts.CORRECTIONS_ASKED));
            corrections.forEach(c -> text.append('\n').append("- ").append(c));
        }
        text.append('\n')
                .append(Texts.format(lang, Texts.OVERALL_STATUS, "status", Texts.status(lang, submission.status())));
        List<QuickReply> actions = corrections.isEmpty()
                ? List.of()
                : List.of(new QuickReply(
                        Texts.get(lang, Texts.CORRECT_NOW), SubmissionEditor.CORRECT_PREFIX + submission.id()));
        return new Reply(
                org.onewindow.shared.Sender.BOT,
                org.onewindow.shared.MessageType.STATUS,
                text.toString(),
                List.of(),
                actions,
                submission.id());
    }

    private Decision start(DialogueTurn turn, ProcessDefinition def, Lang lang, String userText) {
        ProcessTurn started = runner.start(def, turn.knownFacts(), lang);
        return new Decision(userText, replies(started.replies()), turn.state().inProcess(started.progress()));
    }

    private Decision continueProcess(DialogueTurn turn, Act act, KnowledgeAnswer answer, Lang lang, String userText) {
        DialogueState state = turn.state();
        ProcessProgress progress = state.process();
        Optional<ProcessDefinition> found = catalog.get().byId(progress.processId());
        if (found.isEmpty()) {
            return new Decision(
                    userText, List.of(Reply.bot(Texts.get(lang, Texts.PROCESS_GONE))), state.inProcess(null));
        }
        ProcessDefinition def = found.get();
        if (act instanceof Act.Question question) {
            // A side question: answered, and the same step asked again.
            Decision answered = answerQuestion(state, question, answer, userText);
            ProcessProgress p = runner.refreshed(def, progress);
            List<Reply> all = new ArrayList<>();
            answered.replies().forEach(r -> all.add(withoutQuickReplies(r)));
            all.addAll(replies(runner.repeatQuestion(def, p, lang)));
            return new Decision(userText, all, answered.state().inProcess(p)).withAnswer(answered.answer());
        }
        if (act instanceof Act.Command c
                && c.kind() == CommandKind.PERSON
                && !ProcessRunner.HANDOFF.equals(turn.message().action())) {
            String department = def.departments().isEmpty()
                    ? GENERAL_DEPARTMENT
                    : def.departments().get(0);
            return handoff(state, userText, List.of(), department, "asked for a person", lang);
        }
        if (act instanceof Act.Command c && c.kind() == CommandKind.STATUS) {
            List<Reply> all = new ArrayList<>();
            all.add(Reply.bot(statusText(state, lang)));
            all.addAll(replies(runner.repeatQuestion(def, runner.refreshed(def, progress), lang)));
            return new Decision(userText, all, state);
        }
        ProcessTurn result = form.decide(def, progress, act, lang);
        List<Reply> replies = new ArrayList<>(replies(result.replies()));
        switch (result.outcome()) {
            case CONTINUE, CANCELLED -> {
                return new Decision(userText, replies, state.inProcess(result.progress()));
            }
            case COMPLETED -> {
                return new Decision(
                        userText,
                        replies,
                        state.inProcess(null),
                        new SubmissionDraft(result.payload(), def.title(lang), lang));
            }
            case HANDOFF_REQUESTED -> {
                String department = def.departments().isEmpty()
                        ? GENERAL_DEPARTMENT
                        : def.departments().get(0);
                String reason = act instanceof Act.Command
                        ? "asked for a person during " + def.id()
                        : "answers kept failing validation in " + def.id();
                return handoff(state.inProcess(result.progress()), userText, replies, department, reason, lang);
            }
            default -> throw new IllegalStateException("unknown outcome " + result.outcome());
        }
    }

    private Decision answerQuestion(
            DialogueState state, Act.Question question, KnowledgeAnswer answer, String userText) {
        Decision.AnswerRecord record = new Decision.AnswerRecord(
                question.text(),
                question.lang().code(),
                answer.kind().name().toLowerCase(java.util.Locale.ROOT),
                answer.confidence(),
                answer.usedPassages().stream()
                        .map(p -> Map.<String, Object>of(
                                "passageId",
                                p.passageId(),
                                "source",
                                p.source(),
                                "contentHash",
                                p.contentHash() == null ? "" : p.contentHash()))
                        .toList());
        String asked = question.again() ? state.lastQuestion() : question.text();
        return answerDecision(state, answer, question.lang(), question.about(), asked, userText)
                .withAnswer(record);
    }

    private Decision answerDecision(
            DialogueState state, KnowledgeAnswer answer, Lang lang, String about, String asked, String userText) {
        answer = namingTheDepartment(answer, lang);
        return switch (answer.kind()) {
            case ANSWER ->
                new Decision(
                        userText,
                        List.of(Reply.answer(
                                answer.text(), citations(answer), answerActions(answer, about, state, lang))),
                        state.answered(answer.topic(), asked));
            case CLARIFY ->
                new Decision(
                        userText,
                        List.of(Reply.bot(
                                answer.text(),
                                answer.options().stream()
                                        .map(o -> new QuickReply(o.label(), ASK_PREFIX + o.query()))
                                        .toList())),
                        state);
            // Inside a form an unanswered side question calls in nobody: the form goes on (a person is
            // one "转人工" away), and no notice may announce a queue that is not joined.
            case UNKNOWN ->
                state.mode() == Mode.PROCESS || state.mode() == Mode.HANDOFF
                        ? new Decision(userText, List.of(Reply.bot(answer.text())), state)
                        : state.unansweredStreak() + 1 >= UNANSWERED_BEFORE_HANDOFF
                                ? handoff(
                                        state,
                                        userText,
                                        List.of(Reply.bot(answer.text())),
                                        GENERAL_DEPARTMENT,
                                        "the bot could not answer twice in a row",
                                        lang)
                                : new Decision(
                                        userText,
                                        List.of(Reply.bot(answer.text(), withPerson(startOffer(about, lang), lang))),
                                        state.withUnansweredStreak(state.unansweredStreak() + 1));
        };
    }

    private static Decision eligibility(DialogueState state, EligibilityTurn turn, String userText) {
        List<Reply> replies = turn.replies().stream()
                .map(r -> Reply.answer(r.text(), r.citations(), r.quickReplies()))
                .toList();
        return new Decision(
                userText,
                replies,
                state.inEligibility(turn.progress(), turn.learnt()),
                null,
                null,
                null,
                turn.learnt(),
                null,
                null);
    }

    /**
     * The user's place in the staff queue, as a notice, with the way out of it, and out of office
     * hours the offer of a call-back.
     */
    public Reply queuePlace(int place, String department, Lang lang) {
        return new Reply(
                org.onewindow.shared.Sender.SYSTEM,
                org.onewindow.shared.MessageType.NOTICE,
                Texts.format(lang, Texts.QUEUE_PLACE, "place", place),
                List.of(),
                queueActions(department, null, lang),
                null);
    }

    /** Leaving the queue; a call-back out of office hours, until a contact was left. */
    private List<QuickReply> queueActions(String department, String callBack, Lang lang) {
        List<QuickReply> actions = new ArrayList<>();
        if (callBack == null && !officeHours.of(department).isOpen(clock.instant())) {
            actions.add(new QuickReply(Texts.get(lang, Texts.CALL_BACK), QuickActions.CALL_BACK));
        }
        actions.add(new QuickReply(Texts.get(lang, Texts.LEAVE_QUEUE), QuickActions.LEAVE_QUEUE));
        return actions;
    }

    /**
     * A message while queued for a person: the enterprise may leave the queue, leave a contact for a
     * call-back, or ask questions, which are answered meanwhile when the knowledge base can; anything
     * else is kept for the person, and the enterprise is told so (never silence, never "I can hand you
     * to a person" to someone already waiting for one).
     */
    private Decision whileQueued(DialogueState state, Act act, KnowledgeAnswer answer, String userText, Lang lang) {
        HandoffInfo handoff = state.handoff();
        if (act instanceof Act.Command c && c.kind() == CommandKind.CANCEL) {
            DialogueState back = state.withHandoff(null);
            List<Reply> replies = new ArrayList<>();
            replies.add(notice(Texts.get(lang, Texts.LEFT_QUEUE), List.of()));
            replies.addAll(resumeProcess(back));
            return new Decision(userText, replies, back);
        }
        String contact = act instanceof Act.CallBack callBack && callBack.contact() != null
                ? CallBackContacts.find(callBack.contact(), runner.validation())
                : null;
        if (act instanceof Act.CallBack && contact == null && !handoff.askingCallBack()) {
            return new Decision(
                    userText,
                    List.of(Reply.bot(
                            Texts.get(lang, Texts.CALL_BACK_ASK),
                            List.of(new QuickReply(Texts.get(lang, Texts.LEAVE_QUEUE), QuickActions.LEAVE_QUEUE)))),
                    state.withHandoff(handoff.askingCallBack(true)));
        }
        if (act instanceof Act.CallBack) {
            if (contact == null) {
                return new Decision(
                        userText,
                        List.of(Reply.bot(
                                Texts.get(lang, Texts.CALL_BACK_INVALID),
                                List.of(new QuickReply(Texts.get(lang, Texts.LEAVE_QUEUE), QuickActions.LEAVE_QUEUE)))),
                        state);
            }
            java.time.ZonedDateTime opening =
                    officeHours.of(handoff.department()).nextOpening(clock.instant());
            return new Decision(
                    userText,
                    List.of(notice(
                            Texts.format(
                                    lang,
                                    Texts.CALL_BACK_SAVED,
                                    "contact",
                                    contact,
                                    "hours",
                                    opening.toLocalDate() + " " + opening.toLocalTime()),
                            queueActions(handoff.department(), contact, lang))),
                    state.withHandoff(handoff.withCallBack(contact)));
        }
        if (act instanceof Act.Question question && answer != null && answer.kind() != KnowledgeAnswer.Kind.UNKNOWN) {
            Decision answered = answerQuestion(state, question, answer, userText);
            List<Reply> replies = new ArrayList<>(answered.replies());
            replies.add(notice(
                    Texts.get(lang, Texts.STILL_QUEUED), queueActions(handoff.department(), handoff.callBack(), lang)));
            return new Decision(
                    userText, replies, answered.state(), null, null, answered.answer(), Map.of(), null, null);
        }
        if (act instanceof Act.Command c && c.kind() == CommandKind.STATUS) {
            return new Decision(userText, List.of(Reply.bot(statusText(state, lang))), state);
        }
        if (act instanceof Act.SwitchLanguage) {
            return new Decision(userText, List.of(Reply.bot(Texts.get(lang, Texts.LANGUAGE_SWITCHED))), state);
        }
        return new Decision(
                userText,
                List.of(notice(
                        Texts.get(lang, Texts.KEPT_FOR_PERSON),
                        queueActions(handoff.department(), handoff.callBack(), lang))),
                state);
    }

    private static Reply notice(String text, List<QuickReply> actions) {
        return new Reply(
                org.onewindow.shared.Sender.SYSTEM,
                org.onewindow.shared.MessageType.NOTICE,
                text,
                List.of(),
                actions,
                null);
    }

    /** Queues the conversation for {@code department} and tells the user when a person will answer. */
    private Decision handoff(
            DialogueState state, String userText, List<Reply> before, String department, String reason, Lang lang) {
        java.time.Instant now = clock.instant();
        String name = departmentName(department, lang);
        OfficeHours officeHours = this.officeHours.of(department);
        String notice;
        if (officeHours.isOpen(now)) {
            notice = Texts.format(lang, Texts.HANDOFF_QUEUED, "department", name);
        } else {
            java.time.ZonedDateTime next = officeHours.nextOpening(now);
            notice = Texts.format(
                    lang,
                    Texts.HANDOFF_AFTER_HOURS,
                    "department",
                    name,
                    "hours",
                    officeHours.describe(),
                    "from",
                    next.toLocalDate() + " " + next.toLocalTime());
        }
        List<Reply> replies = new ArrayList<>(before);
        replies.add(new Reply(
                org.onewindow.shared.Sender.SYSTEM,
                org.onewindow.shared.MessageType.NOTICE,
                notice,
                List.of(),
                List.of(),
                null));
        return new Decision(
                userText,
                replies,
                state,
                null,
                new Decision.HandoffRequest(department, reason),
                null,
                Map.of(),
                null,
                null);
    }

    /**
     * A department's name in {@code lang}, from the department registry; the staff queue for
     * questions no department owns ({@link #GENERAL_DEPARTMENT}) by its catalogue text; an id the
     * registry does not list as itself.
     */
    public String departmentName(String department, Lang lang) {
        if (GENERAL_DEPARTMENT.equals(department)) {
            return Texts.get(lang, Texts.GENERAL_DESK);
        }
        return departments.get().name(department, lang);
    }

    /**
     * A fee, time limit, rate or contact detail the knowledge base does not state is said to be unknown
     * with the department to ask, by the name people know it by, where the department is one the
     * registry lists.
     */
    private KnowledgeAnswer namingTheDepartment(KnowledgeAnswer answer, Lang lang) {
        KnowledgeAnswer.Unstated unstated = answer.unstated();
        if (unstated == null || unstated.department() == null) {
            return answer;
        }
        String name = departmentName(unstated.department(), lang);
        if (name.equals(unstated.department())) {
            return answer;
        }
        String text =
                Texts.format(lang, Texts.UNSTATED + unstated.fact(), "process", unstated.about(), "department", name);
        return new KnowledgeAnswer(
                answer.kind(),
                text,
                answer.citations(),
                answer.options(),
                answer.topic(),
                answer.usedPassages(),
                answer.confidence(),
                unstated);
    }

    /** The buttons under an answer: start the process it is about, or say it did not help (outside a process). */
    private List<QuickReply> answerActions(KnowledgeAnswer answer, String about, DialogueState state, Lang lang) {
        List<QuickReply> actions =
                new ArrayList<>(about != null ? startOffer(about, lang) : offerRelatedProcess(answer, lang));
        if (state.mode() == Mode.BOT) {
            actions.add(new QuickReply(Texts.get(lang, Texts.NOT_HELPFUL), WRONG_ANSWER_ACTION));
        }
        return actions;
    }

    /** The button that starts the process a question was about (none when there is no such process). */
    private List<QuickReply> startOffer(String processId, Lang lang) {
        return processId == null
                ? List.of()
                : catalog.get()
                        .byId(processId)
                        .map(def -> List.of(new QuickReply(
                                Texts.format(lang, Texts.START_OFFER, "process", def.title(lang)),
                                START_PREFIX + def.id())))
                        .orElse(List.of());
    }

    private static List<QuickReply> withPerson(List<QuickReply> offers, Lang lang) {
        List<QuickReply> all = new ArrayList<>(offers);
        all.add(new QuickReply(Texts.get(lang, Texts.TALK_TO_PERSON), HANDOFF_ACTION));
        return all;
    }

    /** After answering about a procedure, offer to start its process. */
    private List<QuickReply> offerRelatedProcess(KnowledgeAnswer answer, Lang lang) {
        for (KnowledgeCitation citation : answer.citations()) {
            Matcher m = PROCESS_SOURCE.matcher(citation.source());
            if (m.matches()) {
                String id = m.group(1) != null ? m.group(1) : m.group(2);
                Optional<ProcessDefinition> def = catalog.get().byId(id);
                if (def.isPresent()) {
                    return List.of(new QuickReply(
                            Texts.format(
                                    lang,
                                    Texts.START_OFFER,
                                    "process",
                                    def.get().title(lang)),
                            START_PREFIX + id));
                }
            }
        }
        return List.of();
    }

    private String statusText(DialogueState state, Lang lang) {
        if (state.submissions().isEmpty()) {
            return Texts.get(lang, Texts.NO_SUBMISSIONS);
        }
        StringBuilder text = new StringBuilder(Texts.get(lang, Texts.STATUS_HEADER));
        for (SubmissionSummary s : state.submissions()) {
            String title =
                    catalog.get().byId(s.process()).map(d -> d.title(lang)).orElse(s.process());
            text.append('\n')
                    .append(Texts.format(
                            lang,
                            Texts.STATUS_LINE,
                            "receipt",
                            s.receipt(),
                            "process",
                            title,
                            "status",
                            Texts.status(lang, s.status()),
                            "expectedBy",
                            s.expectedBy() == null ? "-" : s.expectedBy()));
        }
        return text.toString();
    }

    private static List<Citation> citations(KnowledgeAnswer answer) {
        return answer.citations().stream()
                .map(c -> new Citation(
                        c.title(),
                        c.source(),
                        c.section(),
                        c.effective() == null ? null : c.effective().toString(),
                        c.verified()))
                .toList();
    }

    private static Reply withoutQuickReplies(Reply reply) {
        return new Reply(reply.from(), reply.type(), reply.text(), reply.citations(), List.of(), reply.submissionId());
    }

    private static List<Reply> replies(List<ProcessReply> processReplies) {
        return processReplies.stream()
                .map(r -> Reply.bot(
                        r.text(),
                        r.quickReplies().stream()
                                .map(q -> new QuickReply(q.label(), q.action()))
                                .toList()))
                .toList();
    }
}
