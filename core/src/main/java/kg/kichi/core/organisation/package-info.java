/**
 * Organisations: donors, implementers, grantees and partners ({@link kg.kichi.core.organisation.Organisation}).
 *
 * <p>One organisation has one {@link kg.kichi.core.organisation.OrganisationId} across every document, whatever
 * language or spelling names it: a registry scheme and a number, in the form of org-id.guide
 * ({@code KG-INN-02404199910074}), or a local identifier ({@code XI-KICHI-…}) when no registry number is stated. Its
 * {@link kg.kichi.core.organisation.LegalForm} is one of the forms the sources name (public association, public
 * foundation, …).
 */
package kg.kichi.core.organisation;
