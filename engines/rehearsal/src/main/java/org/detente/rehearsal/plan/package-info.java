/**
 * Rehearsing a prepared plan: our side (the plan followed by {@link org.detente.rehearsal.plan.PlanAgent},
 * or the Strategist) against counterparts sampled from our profile of them, and Strategist against
 * Improviser on the same case. Pure functions of the case, the robustness analysis and a seed: the
 * same figures on one thread or many.
 */
package org.detente.rehearsal.plan;
