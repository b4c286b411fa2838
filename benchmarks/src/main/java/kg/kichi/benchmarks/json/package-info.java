/**
 * JMH benchmarks and main classes for reading, validating and checking JSON documents (Kichi and 360Giving),
 * each beside the baseline a user would build instead; commands and figures in benchmarks/README.md.
 */
package kg.kichi.benchmarks.json;
