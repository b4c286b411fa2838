/**
 * The baselines of the JSON benchmarks: plain mutable classes with public fields mirroring the document format, which
 * Jackson databind fills (texts as maps, dates and references as strings). The plain baseline stops there. The
 * validated baseline, what a Spring developer would write, then runs Hibernate Validator over the Bean Validation
 * annotations on the fields (cascading with {@code @Valid} to every object) and checks references with
 * {@link kg.kichi.benchmarks.json.pojo.References}. Jackson ignores the annotations, so both read the same classes.
 */
package kg.kichi.benchmarks.json.pojo;
