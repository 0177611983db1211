/**
 * Opponent models, learned from the offers an agent receives: frequency
 * ({@link org.detente.rehearsal.models.FrequencyModel}), Bayesian over weight and value hypotheses
 * ({@link org.detente.rehearsal.models.BayesianModel}) and the perfect one that knows the truth
 * ({@link org.detente.rehearsal.models.PerfectModel}, a yardstick). Inside the rehearsal module
 * only: its module descriptor does not export this package.
 */
package org.detente.rehearsal.models;
