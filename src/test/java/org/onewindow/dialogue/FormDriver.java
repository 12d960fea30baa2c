package org.onewindow.dialogue;

import java.util.List;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.process.ProcessInput;
import org.onewindow.process.ProcessOutcome;
import org.onewindow.process.ProcessProgress;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.ProcessTurn;
import org.onewindow.shared.FileAttachment;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.understanding.Act;
import org.onewindow.understanding.ChoiceMeanings;
import org.onewindow.understanding.Interpretation;
import org.onewindow.understanding.Interpreter;
import org.onewindow.understanding.Situation;

/** Drives a process as a turn does: each input interpreted where the process stands, then decided. */
final class FormDriver {
    private final ProcessRunner runner;
    private final Interpreter interpreter;
    private final FormPolicy policy;
    private final ChoiceMeanings meanings;

    FormDriver(ProcessRunner runner, ProcessCatalog catalog) {
        this.runner = runner;
        this.interpreter = new Interpreter(
                () -> catalog, runner.validation(), text -> false); // a form's turns never start the incentive check
        this.policy = new FormPolicy(runner);
        this.meanings = new ChoiceMeanings(BgeEmbedder.shared(), () -> catalog);
    }

    /** What the input does at this step. */
    Act act(ProcessDefinition def, ProcessProgress progress, ProcessInput input, Lang lang) {
        Situation situation = new Situation(
                lang, Situation.Activity.PROCESS, def, runner.refreshed(def, progress), false, false, null);
        InboundMessage message = message(input);
        Interpretation reading = interpreter.interpret(situation, message);
        return interpreter
                .choiceToWeigh(situation, message, reading)
                .flatMap(choice -> meanings.choose(choice).map(option -> interpreter.chosen(reading, choice, option)))
                .orElse(reading)
                .act();
    }

    /** The turn the input makes; a question leaves the process where it stands, with no replies of its own. */
    ProcessTurn handle(ProcessDefinition def, ProcessProgress progress, ProcessInput input, Lang lang) {
        Act act = act(def, progress, input, lang);
        if (act instanceof Act.Question) {
            return new ProcessTurn(progress, List.of(), ProcessOutcome.CONTINUE, null);
        }
        return policy.decide(def, progress, act, lang);
    }

    private static InboundMessage message(ProcessInput input) {
        if (input.file() != null) {
            return InboundMessage.file(new FileAttachment(
                    input.file().id(),
                    input.file().name(),
                    input.file().contentType(),
                    input.file().size(),
                    null));
        }
        return input.action() != null ? InboundMessage.action(input.action()) : InboundMessage.text(input.text());
    }
}
