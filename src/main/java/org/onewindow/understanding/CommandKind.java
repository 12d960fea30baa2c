package org.onewindow.understanding;

/** The commands a user can give in any words or with a button. */
public enum CommandKind {
    /** The previous question. */
    BACK,
    /** Skip the asked (optional) field. */
    SKIP,
    /** Abandon the form (asks for confirmation first). */
    CANCEL,
    /** A person, please. */
    PERSON,
    /** Where are my applications? */
    STATUS,
    /** List the answers that can be changed. */
    EDIT_MENU,
    /** Stop for now; the form waits. */
    PAUSE,
    /** Back after a pause: where were we? */
    RESUME
}
