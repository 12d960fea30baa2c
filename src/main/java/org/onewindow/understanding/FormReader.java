package org.onewindow.understanding;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.process.FieldSpec;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.ProcessProgress;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.Stage;
import org.onewindow.process.field.FieldType;
import org.onewindow.process.field.FieldValidators;
import org.onewindow.process.field.FileRef;
import org.onewindow.process.field.ValidationContext;
import org.onewindow.process.field.ValidationResult;
import org.onewindow.shared.FileAttachment;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;

/**
 * Reads a message typed (or a button pressed, or a file sent) while a process asks something:
 * the value for the asked field, a correction of an earlier one, a question, a command, or yes/no
 * to a notice, a pre-filled value, the summary or a cancellation.
 */
final class FormReader {
    private static final Pattern NOT_RIGHT = Pattern.compile("(?i)(不对|不是|错了?|wrong|change it|change)");
    private static final Pattern CARRY_ON = Pattern.compile("(?i)(continue|go on|resume|继续|继续办理)");

    private final ValidationContext validation;

    FormReader(ValidationContext validation) {
        this.validation = validation;
    }

    Act read(ProcessDefinition def, ProcessProgress p, InboundMessage message, Lang lang) {
        Optional<FieldSpec> asked = p.currentField() == null ? Optional.empty() : def.field(p.currentField());
        if (message.isFile()) {
            FileRef file = fileRef(message.file());
            if (p.stage() == Stage.ASK && asked.isPresent() && asked.get().type() == FieldType.FILE) {
                return valueFor(asked.get(), FieldValidators.forType(FieldType.FILE).validateFile(file, asked.get().view(),
                        validation));
            }
            return new Act.Upload(file);
        }
        String action = message.action();
        String text = message.text();
        if (action != null && action.startsWith(ProcessRunner.ANSWER_PREFIX)) {
            text = action.substring(ProcessRunner.ANSWER_PREFIX.length());
            action = null;
        }
        if (p.stage() == Stage.CONFIRM_CANCEL) {
            return cancellation(action, text);
        }
        if (action != null) {
            return button(def, p, action);
        }
        return typed(def, p, asked.orElse(null), text, lang);
    }

    private Act typed(ProcessDefinition def, ProcessProgress p, FieldSpec asked, String text, Lang lang) {
        if (Utterances.isCancel(text)) {
            return new Act.Command(CommandKind.CANCEL);
        }
        if (Utterances.isHandoff(text)) {
            return new Act.Command(CommandKind.PERSON);
        }
        if (Utterances.isBack(text)) {
            return new Act.Command(CommandKind.BACK);
        }
        if (text.isBlank()) {
            return new Act.NotUnderstood();
        }
        Optional<Corrections.Correction> correction = Corrections.parse(text, def.fields());
        if (correction.isPresent() && !(p.stage() == Stage.ASK
                && correction.get().field().name().equals(p.currentField()) && correction.get().value() == null)) {
            FieldSpec f = correction.get().field();
            return correction.get().value() == null ? new Act.Reopen(f.name())
                    : new Act.Corrections(List.of(new FieldValue(f.name(),
                            FieldValidators.validate(correction.get().value(), f.view(), validation))));
        }
        boolean question = Utterances.looksLikeQuestion(text);
        switch (p.stage()) {
            case ASK -> {
                if (Utterances.isSkip(text)) {
                    return new Act.Command(CommandKind.SKIP);
                }
                if (question && asked.type() == FieldType.TEXT) {
                    return new Act.Question(text, lang);
                }
                ValidationResult r = FieldValidators.validate(text, asked.view(), validation);
                return !r.isOk() && question ? new Act.Question(text, lang) : valueFor(asked, r);
            }
            case CONFIRM_PREFILL -> {
                if (Utterances.isConfirm(text)) {
                    return new Act.Affirm();
                }
                if (Utterances.isDecline(text) || NOT_RIGHT.matcher(text.trim()).matches()) {
                    return new Act.Deny();
                }
                if (Utterances.isSkip(text)) {
                    return new Act.Command(CommandKind.SKIP);
                }
                ValidationResult r = FieldValidators.validate(text, asked.view(), validation);
                if (r.isOk()) { // the user typed the right value straight away
                    return valueFor(asked, r);
                }
                return question ? new Act.Question(text, lang) : new Act.NotUnderstood();
            }
            case PRIVACY -> {
                if (Utterances.isAgree(text)) {
                    return new Act.Affirm();
                }
                if (Utterances.isDecline(text)) {
                    return new Act.Deny();
                }
                return question ? new Act.Question(text, lang) : new Act.NotUnderstood();
            }
            case REVIEW -> {
                if (Utterances.isConfirm(text)) {
                    return new Act.Affirm();
                }
                if (question) {
                    return new Act.Question(text, lang);
                }
                return Utterances.isDecline(text) ? new Act.Deny() : new Act.NotUnderstood();
            }
            default -> throw new IllegalStateException("cancellation is read before: " + p.stage());
        }
    }

    private static Act cancellation(String action, String text) {
        if (ProcessRunner.CANCEL_CONFIRM.equals(action) || ProcessRunner.CANCEL.equals(action)
                || text != null && (Utterances.isConfirm(text) || Utterances.isCancel(text))) {
            return new Act.Affirm();
        }
        if (ProcessRunner.CANCEL_ABORT.equals(action)
                || text != null && (Utterances.isDecline(text) || CARRY_ON.matcher(text.trim()).matches())) {
            return new Act.Deny();
        }
        return new Act.NotUnderstood();
    }

    /** A process button, read at the stage it is pressed: one pressed at another stage is stale. */
    private static Act button(ProcessDefinition def, ProcessProgress p, String action) {
        Stage stage = p.stage();
        switch (action) {
            case ProcessRunner.CANCEL -> {
                return new Act.Command(CommandKind.CANCEL);
            }
            case ProcessRunner.HANDOFF -> {
                return new Act.Command(CommandKind.PERSON);
            }
            case ProcessRunner.BACK -> {
                return new Act.Command(CommandKind.BACK);
            }
            case ProcessRunner.EDIT -> {
                return new Act.Command(CommandKind.EDIT_MENU);
            }
            case ProcessRunner.SKIP -> {
                return stage == Stage.ASK || stage == Stage.CONFIRM_PREFILL ? new Act.Command(CommandKind.SKIP)
                        : new Act.StaleButton(true);
            }
            case ProcessRunner.KEEP -> {
                return stage == Stage.CONFIRM_PREFILL ? new Act.Affirm() : new Act.StaleButton(true);
            }
            case ProcessRunner.CHANGE -> {
                return stage == Stage.CONFIRM_PREFILL ? new Act.Deny() : new Act.StaleButton(true);
            }
            case ProcessRunner.PRIVACY_ACCEPT -> {
                return stage == Stage.PRIVACY ? new Act.Affirm() : new Act.StaleButton(true);
            }
            case ProcessRunner.PRIVACY_DECLINE -> {
                return stage == Stage.PRIVACY ? new Act.Deny() : new Act.StaleButton(true);
            }
            case ProcessRunner.CONFIRM -> {
                return stage == Stage.REVIEW ? new Act.Affirm() : new Act.StaleButton(true);
            }
            default -> {
                if (action.startsWith(ProcessRunner.EDIT_PREFIX)) {
                    Optional<FieldSpec> f = def.field(action.substring(ProcessRunner.EDIT_PREFIX.length()));
                    if (f.isPresent() && ProcessRunner.isVisible(def, f.get().name(), p)
                            && (!f.get().personal() || p.privacyConsent() != null)) {
                        return new Act.Reopen(f.get().name());
                    }
                }
                return new Act.StaleButton(false);
            }
        }
    }

    private static Act valueFor(FieldSpec field, ValidationResult r) {
        return r.isOk() ? new Act.Answers(List.of(new FieldValue(field.name(), r))) : new Act.Refused(field.name(), r);
    }

    private static FileRef fileRef(FileAttachment file) {
        return new FileRef(file.id(), file.name(), file.contentType(), file.size());
    }
}
