/**
 * The process domain: declarative process definitions ({@code knowledge-base/processes/*.yaml},
 * loaded and validated by {@link org.onewindow.process.ProcessCatalog}), the department registry
 * ({@code knowledge-base/departments.yaml}, {@link org.onewindow.process.DepartmentRegistry}: the one
 * place the departments' names are written; definitions list ids), the official working-day
 * calendar ({@link org.onewindow.process.WorkingDayCalendar}) and the pure
 * {@link org.onewindow.process.ProcessRunner}, whose transitions (answer, skip, back, correct,
 * confirm, cancel…) walk a user through any definition. Which transition a message takes is
 * decided in {@code dialogue} from what {@code understanding} read in it.
 *
 * <h2>Quick-reply actions</h2>
 * The runner's quick replies carry these action strings; {@code understanding} reads them back:
 * <ul>
 *   <li>{@code answer:<value>} — choose an option of the current enum/boolean field
 *       ({@code answer:true}, {@code answer:llc}).</li>
 *   <li>{@code process:keep} / {@code process:change} — keep or change a pre-filled value.</li>
 *   <li>{@code process:privacy-accept} / {@code process:privacy-decline} — the privacy notice.</li>
 *   <li>{@code process:skip} — skip an optional field; {@code process:back} — the previous question.</li>
 *   <li>{@code process:confirm} — submit from the summary; {@code process:edit} — list the answers
 *       to change; {@code process:edit:<field>} — ask that field again.</li>
 *   <li>{@code process:cancel} — ask to cancel; {@code process:cancel-confirm} /
 *       {@code process:cancel-abort} — confirm or withdraw the cancellation.</li>
 *   <li>{@code process:handoff} — the user wants a person (outcome {@code HANDOFF_REQUESTED}).</li>
 * </ul>
 * The same things can be typed in either language: "skip"/"跳过", "go back"/"返回上一步",
 * "cancel"/"取消", "转人工", "change the registered capital to 300万"/"把注册资本改成300万", yes/是…
 * Actions the caller itself offers before a process starts (e.g. {@code process:start:<id>} in
 * API.md) are the caller's.
 *
 * <h2>Calendar gaps</h2>
 * A date in a year without a calendar file is an error ({@link org.onewindow.process.CalendarGapException}),
 * never a silent weekends-only guess; the runner then states the time limit in working days only.
 *
 * <p>May depend on the JDK, Jackson (loading YAML; one {@code @JsonInclude} on the view),
 * {@code org.onewindow.shared} and the form kernel {@code org.onewindow.form} (field types and
 * validators); no Vert.x.
 */
package org.onewindow.process;
