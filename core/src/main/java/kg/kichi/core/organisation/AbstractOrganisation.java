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
import kg.kichi.core.internal.SkipNulls;

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
    @SkipNulls
    public abstract List<@NotBlank(message = "{kichi.blank}") String> getAcronyms();

    /**
     * @return other names and spellings met in sources, exactly as written, misspellings included ("Dilanan" for
     *     Диланар): a source's typo is kept here, never made the organisation's name
     */
    @SkipNulls
    public abstract List<@NotBlank(message = "{kichi.blank}") String> getAliases();

    /**
     * @return what the sources say that a reader must weigh, in the source's terms: language editions that
     *     disagree (a legal form written КФ in Kyrgyz but ОО and PA in Russian and English), a spelling kept only
     *     as an alias, a choice made between two readings and why
     */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") LocalizedText> getNotes();

    /** @return the legal or institutional form; {@link LegalForm#NOT_STATED} when no source gives it */
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

    /**
     * Whether a source states that the organisation is non-profit (or that it is not). Empty when no source
     * says so, which is the usual case: a press release names an "ОО" or a "college" and says nothing about
     * profit. The legal form's usual status is a separate, derived value: {@link #isTypicallyNonProfit()}.
     *
     * @return the stated non-profit status, or empty when not stated
     */
    public abstract Optional<Boolean> getNonProfit();

    /**
     * What the legal form usually implies, never a statement of a source: {@code true} for the forms that are
     * non-commercial by law (public associations and foundations, institutions, associations, public councils,
     * international organisations); {@code false} only says the form does not imply it.
     *
     * @return whether organisations of this legal form are typically non-profit
     * @see LegalForm#isTypicallyNonProfit()
     */
    public boolean isTypicallyNonProfit() {
        return getLegalForm().isTypicallyNonProfit();
    }

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
