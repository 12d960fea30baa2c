package org.onewindow.dialogue;

import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.ProcessProgress;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.ProcessRunner.Unusable;
import org.onewindow.process.ProcessTurn;
import org.onewindow.shared.Lang;
import org.onewindow.understanding.Act;

/**
 * The decision inside a process: which of the runner's transitions an act takes at the step the
 * process stands at. Pure; questions are answered by the caller before it gets here.
 */
final class FormPolicy {

    private final ProcessRunner runner;

    FormPolicy(ProcessRunner runner) {
        this.runner = runner;
    }

    ProcessTurn decide(ProcessDefinition def, ProcessProgress progress, Act act, Lang lang) {
        ProcessProgress p = runner.refreshed(def, progress);
        if (act instanceof Act.Answers answers) {
            return runner.fill(def, p, answers.values(), lang);
        }
        if (act instanceof Act.Described described) {
            return runner.fillDescribed(def, p, described.value(), described.later(), lang);
        }
        if (act instanceof Act.Refused refused) {
            return runner.answer(def, p, refused.result(), lang);
        }
        if (act instanceof Act.Corrections corrections) {
            return runner.fill(def, p, corrections.values(), lang);
        }
        if (act instanceof Act.Reopen reopen) {
            return runner.reopen(def, p, reopen.field(), lang);
        }
        if (act instanceof Act.ChoiceInWords inWords) { // no option stood out: the choices, asked again
            return runner.reopen(def, p, inWords.field(), lang);
        }
        if (act instanceof Act.Command command) {
            return switch (command.kind()) {
                case CANCEL -> runner.askToCancel(def, p, lang);
                case PERSON -> runner.handoff(p, lang);
                case BACK -> runner.back(def, p, lang);
                case SKIP -> runner.skip(def, p, lang);
                case EDIT_MENU -> runner.editMenu(def, p, lang);
                case STATUS -> runner.again(def, p, Unusable.NONE, lang);
                case PAUSE -> runner.pause(def, p, lang);
                case RESUME -> runner.resume(def, p, lang);
            };
        }
        if (act instanceof Act.Affirm) {
            return switch (p.stage()) {
                case CONFIRM_PREFILL -> runner.keepPrefill(def, p, lang);
                case PRIVACY -> runner.acceptPrivacy(def, p, lang);
                case REVIEW -> runner.complete(def, p, lang);
                case CONFIRM_CANCEL -> runner.cancel(def, lang);
                case ASK -> runner.again(def, p, Unusable.NOTHING, lang);
            };
        }
        if (act instanceof Act.Deny) {
            return switch (p.stage()) {
                case CONFIRM_PREFILL -> runner.changePrefill(def, p, lang);
                case PRIVACY -> runner.declinePrivacy(p, lang);
                case REVIEW -> runner.editMenu(def, p, lang);
                case CONFIRM_CANCEL -> runner.keepGoing(def, p, lang);
                case ASK -> runner.again(def, p, Unusable.NOTHING, lang);
            };
        }
        if (act instanceof Act.SmallTalk) {
            return runner.acknowledge(def, p, lang);
        }
        if (act instanceof Act.SwitchLanguage) {
            return runner.again(def, p, Unusable.NONE, lang);
        }
        if (act instanceof Act.Upload) {
            return runner.again(def, p, Unusable.UNEXPECTED_FILE, lang);
        }
        if (act instanceof Act.StaleButton stale) {
            return runner.again(def, p, stale.known() ? Unusable.NONE : Unusable.STALE_BUTTON, lang);
        }
        return runner.again(def, p, Unusable.NOTHING, lang);
    }
}
