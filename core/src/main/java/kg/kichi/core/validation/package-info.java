/**
 * How the model reports what is wrong: {@link kg.kichi.core.validation.InvalidModelException}, its
 * {@link kg.kichi.core.validation.Violation}s, and their messages in English, Russian and Kyrgyz.
 *
 * <p>A violation has a property path ({@code lots[0].plannedGrants}), a stable code ({@code kichi.period.order}, which
 * is also its message key) and the arguments its message needs. Codes are API: programs decide on codes, people read
 * messages ({@link kg.kichi.core.validation.Violation#getMessage(java.util.Locale)}). The messages are in kichi-core's
 * {@code ContributorValidationMessages.properties} ({@code _ru}, {@code _ky}), so an application's own
 * {@code ValidationMessages.properties} does not hide them.
 *
 * <p>{@link kg.kichi.core.validation.Identifier} is the one constraint users may put on their own properties;
 * {@link kg.kichi.core.validation.Validity} checks any object of the model against its constraints.
 */
package kg.kichi.core.validation;
