/**
 * The form kernel: what a field is and how an answer to it is read, for every form OneWindow
 * asks — the fields of a process and the facts of the eligibility dialogue alike. Field types,
 * {@link org.onewindow.form.FieldSpecView} (what a validator needs of a field, whoever declares
 * it), {@link org.onewindow.form.FieldRules}, options and {@link org.onewindow.form.LocalizedText},
 * and their validators: one {@link org.onewindow.form.FieldValidator} per
 * {@link org.onewindow.form.FieldType}, chosen by {@link org.onewindow.form.FieldValidators#forType}.
 * A validator turns what a user typed (either language, full-width digits folded) into a typed
 * value, or into a specific bilingual reason; it never throws for bad input. Dates are read in
 * Asia/Shanghai from an injected {@link java.time.Clock}. {@link org.onewindow.form.Amounts} is the
 * one formatter of numbers and amounts of money (¥3,000,000 / 300万元), for what the validators show
 * back and for the eligibility dialogue's criteria.
 *
 * <p>This was {@code process.field}. It moved out of {@code process} because it never depended on
 * the process definitions or the runner, and {@code policy} (fact questions), {@code understanding}
 * and {@code dialogue} use it as much as {@code process} does: under {@code process}, policy's
 * eligibility dialogue imported a subpackage of the process domain for its form. Now
 * {@code process} and {@code policy} both depend on {@code form}, and not on each other.
 *
 * <p>May depend on the JDK and {@code org.onewindow.shared} only.
 */
package org.onewindow.form;
