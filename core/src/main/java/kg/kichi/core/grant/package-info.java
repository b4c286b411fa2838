/**
 * Grants ({@link kg.kichi.core.grant.Grant}): money awarded to a grantee, the lead of the grant's partnership,
 * through a call (from an application or not) or directly by a project.
 *
 * <p>A grant names its call or its project; a lot only with its call; an amount awarded is more than zero. Its
 * {@link kg.kichi.core.grant.GrantStatus} says where it stands after the award.
 */
package kg.kichi.core.grant;
