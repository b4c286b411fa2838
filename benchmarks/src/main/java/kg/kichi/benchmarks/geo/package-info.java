/**
 * Loading the gazetteer and resolving place mentions and addresses, beside a plain hash map look-up.
 */
package kg.kichi.benchmarks.geo;
