/**
 * Applications to calls ({@link kg.kichi.core.application.Application}) and the partnerships behind applications and
 * grants ({@link kg.kichi.core.application.Partnership}).
 *
 * <p>A partnership has exactly one {@link kg.kichi.core.application.PartnerRole#LEAD lead} and no organisation twice. An
 * application's status history moves only by the transitions
 * {@link kg.kichi.core.application.ApplicationStatus#canBecome(kg.kichi.core.application.ApplicationStatus)} allows;
 * {@link kg.kichi.core.application.Application#withStatus} refuses any other move. Amounts of one application are in
 * one currency.
 */
package kg.kichi.core.application;
