package org.onewindow.testing;

import java.nio.file.Path;
import org.onewindow.process.DepartmentRegistry;
import org.onewindow.process.ProcessDefinitionException;

/** The shipped department registry ({@code knowledge-base/departments.yaml}), read once, for tests. */
public final class ShippedDepartments {

    public static final Path FILE = Path.of("knowledge-base", "departments.yaml");

    private static final DepartmentRegistry REGISTRY = load();

    private ShippedDepartments() {}

    public static DepartmentRegistry registry() {
        return REGISTRY;
    }

    private static DepartmentRegistry load() {
        try {
            return DepartmentRegistry.load(FILE);
        } catch (ProcessDefinitionException e) {
            throw new IllegalStateException("the shipped department registry must load: " + e.getMessage(), e);
        }
    }
}
