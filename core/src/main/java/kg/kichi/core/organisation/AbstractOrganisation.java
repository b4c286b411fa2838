package kg.kichi.core.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;

/**
 * An organisation: a donor, an implementer, a grantee, a partner. One organisation has one identifier across
 * every document, whatever language or spelling names it: ОО «Нарынский центр экономического развития» and
 * «Нарын экономикалык өнүктүрүү борбору» Коомдук Бирикмеси are one organisation with names in ru and ky.
 *
 * <p>Build with {@code Organisation.builder()}.
 */
@Value.Immutable
@KichiStyle
public abstract class AbstractOrganisation implements Extensible {
    /** Only the generated {@link Organisation} extends this definition; use {@code Organisation}. */
    AbstractOrganisation() {}

    /** @return the identifier, unique within a dataset */
    @NotNull(message = "{kichi.required}")
    public abstract OrganisationId getId();

    /** @return the name, in every language the sources give it */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getName();

    /** @return acronyms, e.g. {@code GSI}, {@code CFLI} */
    public abstract List<@NotBlank(message = "{kichi.blank}") String> getAcronyms();

    /** @return other names and spellings met in sources */
    public abstract List<@NotBlank(message = "{kichi.blank}") String> getAliases();

    /** @return the legal or institutional form */
    @NotNull(message = "{kichi.required}")
    public abstract LegalForm getLegalForm();

    /** @return where the organisation is based, when stated */
    public abstract Optional<UnitRef> getSeat();

    /**
     * @return when the organisation was registered as a legal entity, to the precision the source gives
     *     (a year, a month or a day); empty when not stated. Eligibility rules such as "registered at least 12
     *     months before the deadline" read it, and answer "unknown" without it.
     */
    public abstract Optional<PartialDate> getRegistered();

    /** @return whether the organisation is non-profit; by default what its legal form typically is */
    @Value.Default
    public boolean isNonProfit() {
        return getLegalForm() != null && getLegalForm().isTypicallyNonProfit();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
