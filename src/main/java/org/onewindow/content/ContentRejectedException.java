package org.onewindow.content;

import java.util.List;
import java.util.stream.Collectors;

/** A change that failed the content check, so it was not taken in; the message lists each problem on a line. */
public final class ContentRejectedException extends Exception {

    private final transient List<Problem> problems;

    public ContentRejectedException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Throws when {@code problems} is not empty. */
    public static void requireNone(List<Problem> problems) throws ContentRejectedException {
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }
}
