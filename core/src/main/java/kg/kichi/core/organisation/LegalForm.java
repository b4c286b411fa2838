package kg.kichi.core.organisation;

import java.util.Optional;
import kg.kichi.core.Coded;

/**
 * The legal or institutional form of an organisation, as the seeds name them (see the glossary: ОО / КБ / PA
 * is a public association, ОФ / КФ / PF a public foundation, and so on).
 *
 * <p>Each form has a stable lower-kebab {@linkplain #getCode() code} used in JSON.
 */
public enum LegalForm implements Coded {
    /** Public association (ОО, Коомдук бирикме, PA): an NGO form. */
    PUBLIC_ASSOCIATION("public-association", true),
    /** Public foundation (ОФ, Коомдук фонд, PF): an NGO form. */
    PUBLIC_FOUNDATION("public-foundation", true),
    /** Non-commercial institution (Учреждение, мекемеси). */
    INSTITUTION("institution", true),
    /** Association or union of legal entities (Ассоциация). */
    ASSOCIATION("association", true),
    /** Local self-government body: municipal council, aiyl okmotu, mayor's office (ОМСУ, ЖӨБ органдары). */
    LOCAL_SELF_GOVERNMENT("local-self-government", false),
    /** Public council attached to a ministry, agency or local government (ОС, Коомдук Кеңеш, МОС, РОС, ГОС). */
    PUBLIC_COUNCIL("public-council", true),
    /** Media outlet: newspaper, broadcaster, online media (СМИ, ЖМК). */
    MEDIA_OUTLET("media-outlet", false),
    /** State body: ministry, agency, commission. */
    STATE_BODY("state-body", false),
    /** School, college or university. */
    EDUCATIONAL_INSTITUTION("educational-institution", false),
    /** International organisation or international NGO. */
    INTERNATIONAL_ORGANISATION("international-organisation", true),
    /** Donor government, donor agency or intergovernmental donor such as the European Union. */
    DONOR_AGENCY("donor-agency", false),
    /** A form the source states that none of the codes above names. */
    OTHER("other", false),
    /**
     * No source states the form (an institute, a network or a council named without "ОО", "ОФ" or the like).
     * Never the same as {@link #OTHER}.
     */
    NOT_STATED("not-stated", false);

    private final String code;
    private final boolean typicallyNonProfit;

    LegalForm(String code, boolean typicallyNonProfit) {
        this.code = code;
        this.typicallyNonProfit = typicallyNonProfit;
    }

    /** @return the stable code, e.g. {@code public-association} */
    @Override
    public String getCode() {
        return code;
    }

    /**
     * What the form usually implies; a derived value, never a statement of a source (see
     * {@link Organisation#getNonProfit()} for that).
     *
     * @return whether organisations of this form are non-commercial by law or by nature; {@code false} only says
     *     the form does not imply it
     */
    public boolean isTypicallyNonProfit() {
        return typicallyNonProfit;
    }

    /**
     * Finds a form by its code.
     *
     * @param code e.g. {@code public-foundation}
     * @return the form, or empty for an unknown code
     */
    public static Optional<LegalForm> fromCode(String code) {
        return Coded.fromCode(LegalForm.class, code);
    }
}
