/**
 * Policy matching (惠企政策"免申即享"): incentive policies as content
 * ({@code knowledge-base/incentives/*.yaml}, loaded by {@link org.onewindow.policy.IncentiveCatalog}),
 * the three-valued rule {@link org.onewindow.policy.Evaluator}, the enterprise
 * {@link org.onewindow.policy.Profile} and the {@link org.onewindow.policy.ProfileStore} it needs,
 * the pure {@link org.onewindow.policy.EligibilityDialogue} that asks for the missing facts, and
 * {@link org.onewindow.policy.Proactive#newlyEligible} for telling enterprises about new incentives.
 *
 * <p>May depend on the JDK, Jackson (loading YAML only), {@code org.onewindow.shared} and the form
 * kernel {@code org.onewindow.form} (profile answers are validated like process fields); not
 * {@code process}, and no Vert.x. The store package implements {@link org.onewindow.policy.ProfileStore}.
 */
package org.onewindow.policy;
