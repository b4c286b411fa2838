package kg.kichi.core.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import kg.kichi.core.Extensible;
import kg.kichi.core.KichiStyle;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.money.Money;
import kg.kichi.core.validation.NotNegativeAmount;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.Identifier;
import kg.kichi.core.validation.Validity;
import org.immutables.value.Value;
import kg.kichi.core.internal.SkipNulls;

/**
 * A donor's funding instrument, such as the EU's European Instrument for Democracy and Human Rights, its
 * Country-Based Support Scheme for Kyrgyzstan 2018–2019 (a child programme), or the Canada Fund for Local
 * Initiatives. A programme funds {@linkplain kg.kichi.core.project.Project projects}.
 *
 * <p>Build with {@code DonorProgramme.builder()}.
 */
@Value.Immutable
@KichiStyle
public abstract class AbstractDonorProgramme implements Extensible {
    /** Only the generated {@link DonorProgramme} extends this definition; use {@code DonorProgramme}. */
    AbstractDonorProgramme() {}

    /** @return the identifier, unique among programmes of a dataset */
    @NotNull(message = "{kichi.required}")
    @Identifier
    public abstract String getId();

    /** @return the name */
    @NotNull(message = "{kichi.required}")
    public abstract LocalizedText getName();

    /** @return acronyms such as {@code EIDHR}, {@code CBSS}, {@code CFLI} */
    @SkipNulls
    public abstract List<@NotBlank(message = "{kichi.blank}") String> getAcronyms();

    /** @return the donor: the organisation that provides the money */
    @NotNull(message = "{kichi.required}")
    public abstract OrganisationId getDonor();

    /** @return the identifier of the programme this one is part of, if any */
    public abstract Optional<@Identifier String> getParent();

    /** @return when the programme runs, when stated */
    public abstract Optional<DatePeriod> getPeriod();

    /** @return the total budget, when stated; zero or more */
    public abstract Optional<@NotNegativeAmount Money> getBudget();

    /** @return themes, e.g. OECD DAC 15150 */
    @SkipNulls
    public abstract List<@NotNull(message = "{kichi.required}") Classification> getThemes();

    /** @return a description */
    public abstract Optional<LocalizedText> getDescription();

    @Value.Check
    protected void check() {
        Validity.check(this);
    }
}
