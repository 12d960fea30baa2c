package org.onewindow.policy;

import java.util.Optional;

/** The comparison operators of a criterion, with their YAML keys. */
public enum Operator {
    EQUALS("equals", "=", 1),
    IN("in", "∈", -1),
    NOT_IN("not-in", "∉", -1),
    GE(">=", "≥", 1),
    LE("<=", "≤", 1),
    GT(">", ">", 1),
    LT("<", "<", 1),
    BETWEEN("between", "between", 2);

    private final String key;
    private final String symbol;
    private final int arity;

    Operator(String key, String symbol, int arity) {
        this.key = key;
        this.symbol = symbol;
        this.arity = arity;
    }

    public String key() {
        return key;
    }

    public String symbol() {
        return symbol;
    }

    /** How many values it takes: 1, 2 (between: low and high, both inclusive) or -1 (a non-empty list). */
    public int arity() {
        return arity;
    }

    /** Whether it orders values (numbers, money, dates), rather than comparing them for equality. */
    public boolean ordered() {
        return this == GE || this == LE || this == GT || this == LT || this == BETWEEN;
    }

    public static Optional<Operator> fromKey(String key) {
        for (Operator o : values()) {
            if (o.key.equals(key)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
