/**
 * Aggregating, ranking and selecting many reviewed applications, beside sorting precomputed totals.
 */
package kg.kichi.benchmarks.evaluation;
