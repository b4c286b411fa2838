/**
 * Kichi's object model of donor-funded grant programmes, and what its types share.
 *
 * <p>The model lives in packages by domain concept: {@link kg.kichi.core.organisation organisation},
 * {@link kg.kichi.core.programme programme}, {@link kg.kichi.core.project project}, {@link kg.kichi.core.call call},
 * {@link kg.kichi.core.application application}, {@link kg.kichi.core.grant grant}, {@link kg.kichi.core.geo geo} and
 * {@link kg.kichi.core.catalogue catalogue}, made of small values ({@link kg.kichi.core.text text},
 * {@link kg.kichi.core.money money}, {@link kg.kichi.core.time time}, {@link kg.kichi.core.classification classification}).
 *
 * <p>Invariants of every type of the model:
 * <ul>
 *   <li><b>Immutable.</b> A changed copy is a new object ({@code withX}, or {@code X.builder().from(x)}).
 *   <li><b>Always valid.</b> Builders and factories check every rule and throw one
 *       {@link kg.kichi.core.validation.InvalidModelException} listing every violation; an object that exists is valid.
 *   <li><b>Nothing invented.</b> What a source does not state is absent ({@code Optional.empty()}, an empty list), never
 *       a default value.
 *   <li><b>Collections</b> are immutable and never null; their elements are never null.
 *   <li><b>Unknown members</b> of a document are kept by {@link kg.kichi.core.Extensible} objects, so a lenient read
 *       and a write lose nothing.
 * </ul>
 * Enum constants that appear in documents carry a stable lower-kebab code ({@link kg.kichi.core.Coded}).
 */
package kg.kichi.core;
