package org.onewindow.understanding;

import java.util.List;
import java.util.Objects;
import org.onewindow.form.FieldValue;
import org.onewindow.form.FileRef;
import org.onewindow.form.ValidationResult;
import org.onewindow.shared.Lang;

/**
 * What a message does in its context: the small typed result of {@link Interpreter}, from which the
 * dialogue decides the turn without reading the text again.
 */
public sealed interface Act {

    /** Values for the form's fields: the one asked, and any later ones the same message gave. */
    record Answers(List<FieldValue> values) implements Act {
        public Answers {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("answers need at least one value");
            }
        }
    }

    /** The asked choice, not named but described in other words and recognised by its meaning. */
    record Described(FieldValue value, List<FieldValue> later) implements Act {
        public Described {
            Objects.requireNonNull(value, "value");
            later = List.copyOf(later);
        }

        public Described(FieldValue value) {
            this(value, List.of());
        }
    }

    /**
     * While queued for a person: the enterprise asks to be called back or types the contact for it;
     * {@code contact} is the text that may hold it, null when the button was pressed.
     */
    record CallBack(String contact) implements Act {}

    /** The enterprise rates the help a person gave ({@code score} 3 satisfied, 2 neutral, 1 dissatisfied). */
    record Rate(String handoffId, int score) implements Act {
        public Rate {
            Objects.requireNonNull(handoffId, "handoffId");
            if (score < 1 || score > 3) {
                throw new IllegalArgumentException("a rating is 1 to 3");
            }
        }
    }

    /**
     * A value for the asked field that its type refuses; the result says why. {@code later} are
     * values the same message gave for fields still to come ("come to our office, next Tuesday
     * morning"), kept should the asked value turn out to be a choice described in other words.
     */
    record Refused(String field, ValidationResult result, List<FieldValue> later) implements Act {
        public Refused {
            Objects.requireNonNull(field, "field");
            if (result.isOk()) {
                throw new IllegalArgumentException("a refused value carries a reason");
            }
            later = List.copyOf(later);
        }

        public Refused(String field, ValidationResult result) {
            this(field, result, List.of());
        }
    }

    /** New values for fields answered or asked before; a value may be refused (then nothing changes). */
    record Corrections(List<FieldValue> values) implements Act {
        public Corrections {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("corrections need at least one value");
            }
        }
    }

    /**
     * An earlier choice put right in other words ("the reason is wrong - we're being folded into our
     * parent company"): the option is weighed from {@code description}; when none stands out, the
     * field is asked again.
     */
    record ChoiceInWords(String field, String description) implements Act {
        public ChoiceInWords {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(description, "description");
        }
    }

    /** "change the address": ask that field again. */
    record Reopen(String field) implements Act {
        public Reopen {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * Something to look up in the knowledge base, answered in its own language; {@code about} is the
     * process it asks about (offered to start after the answer), or null; {@code again}: the last
     * question asked again in the other language ("say it in Chinese"), {@code text} being what to
     * look up for it.
     */
    record Question(String text, Lang lang, String about, boolean again) implements Act {
        public Question {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(lang, "lang");
        }

        public Question(String text, Lang lang, String about) {
            this(text, lang, about, false);
        }

        public Question(String text, Lang lang) {
            this(text, lang, null, false);
        }
    }

    /** A question about a place the knowledge base does not cover ("深圳注销要几天"). */
    record Elsewhere(String question, String place) implements Act {
        public Elsewhere {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(place, "place");
        }
    }

    /** A conversation command. */
    record Command(CommandKind kind) implements Act {
        public Command {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Switch the conversation to the other language. */
    record SwitchLanguage(Lang lang) implements Act {
        public SwitchLanguage {
            Objects.requireNonNull(lang, "lang");
        }
    }

    /** A greeting, thanks, "ok" or "one moment": said in passing. */
    record SmallTalk() implements Act {}

    /** Yes to what was asked: keep the pre-filled value, agree to the notice, submit, really cancel. */
    record Affirm() implements Act {}

    /** No to what was asked. */
    record Deny() implements Act {}

    /** A request to start a process. */
    record StartProcess(String processId) implements Act {
        public StartProcess {
            Objects.requireNonNull(processId, "processId");
        }
    }

    /** A request to find out which incentives the enterprise can get. */
    record StartEligibility() implements Act {}

    /** A request to withdraw or amend a submission, or to correct what an approval system asked for. */
    record ChangeSubmission(SubmissionChangeKind kind, String submissionId) implements Act {
        public ChangeSubmission {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The user said the last answer did not help. */
    record WrongAnswer() implements Act {}

    /** A file the asked step does not take. */
    record Upload(FileRef file) implements Act {
        public Upload {
            Objects.requireNonNull(file, "file");
        }
    }

    /** The activity under way reads the message itself (a person, the eligibility check, an edit). */
    record ForActivity() implements Act {}

    /** A quick reply that no longer applies; {@code known} when it is one of this step's own kinds. */
    record StaleButton(boolean known) implements Act {}

    /** Nothing the current step can use. */
    record NotUnderstood() implements Act {}
}
