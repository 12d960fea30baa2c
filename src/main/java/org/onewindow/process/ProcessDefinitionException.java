package org.onewindow.process;

/**
 * A process-domain file (process definition or calendar) that cannot be used; the message is
 * {@code "<file>:<line>: <problem>"} so that whoever edits the file finds the spot at once.
 */
public final class ProcessDefinitionException extends Exception {

    private final String file;
    private final int line;
    private final String problem;

    public ProcessDefinitionException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** 1-based line number; 0 when the problem concerns the whole file (e.g. it cannot be read). */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
