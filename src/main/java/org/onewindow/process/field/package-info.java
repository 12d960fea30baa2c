/**
 * Field types and their validators: one {@link org.onewindow.process.field.FieldValidator} per
 * {@link org.onewindow.process.field.FieldType}, chosen by
 * {@link org.onewindow.process.field.FieldValidators#forType}. A validator turns what a user typed
 * (either language, full-width digits folded) into a typed value, or into a specific bilingual
 * reason; it never throws for bad input. Dates are read in Asia/Shanghai from an injected
 * {@link java.time.Clock}.
 *
 * <p>May depend on the JDK and {@code org.onewindow.shared} only.
 */
package org.onewindow.process.field;
