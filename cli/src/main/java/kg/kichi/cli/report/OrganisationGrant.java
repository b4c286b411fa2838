package kg.kichi.cli.report;

import java.util.Optional;
import kg.kichi.core.money.Money;

/**
 * One grant of an organisation.
 *
 * @param dataset the identifier of the dataset holding the grant
 * @param grant the grant's identifier
 * @param role the organisation's role in the grant's partnership: {@code lead}, {@code partner}, …
 * @param amount the amount awarded, when stated
 */
public record OrganisationGrant(String dataset, String grant, String role, Optional<Money> amount) {
}
