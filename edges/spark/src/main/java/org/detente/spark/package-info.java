/**
 * The cluster engine: {@link org.detente.spark.SparkEngine} runs a tournament's sessions on Apache
 * Spark ({@link org.detente.spark.SparkExecutor}); everything else here is package-private.
 */
package org.detente.spark;
