package kg.kichi.core.eligibility;

import java.util.List;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;

/**
 * The facts of one application that most rules read, looked up once per screening of it, and where facts live in an
 * application (property paths, as {@link RuleResult#getPath()} gives them).
 *
 * <p>The lead is the member with the {@link PartnerRole#LEAD lead} role (a valid partnership has exactly one);
 * {@link #lead} is null when the catalogue does not hold that organisation, which the checks report as a missing
 * fact, never as a pass.
 */
final class Facts {
    /** Indexes of an organisation's facts, for {@link #memberFact}. */
    static final int LEGAL_FORM = 0;
    static final int NON_PROFIT = 1;
    static final int REGISTERED = 2;
    static final int SEAT = 3;

    /** {@code partnership.members[i].organisation} and its facts, built once for the first members. */
    private static final int CACHED_MEMBERS = 16;
    private static final String[] FACT_NAMES = {"legalForm", "nonProfit", "registered", "seat"};
    private static final String[] MEMBER = new String[CACHED_MEMBERS];
    private static final String[][] MEMBER_FACT = new String[CACHED_MEMBERS][];

    static {
        for (int i = 0; i < CACHED_MEMBERS; i++) {
            MEMBER[i] = "partnership.members[" + i + "].organisation";
            MEMBER_FACT[i] = new String[FACT_NAMES.length];
            for (int j = 0; j < FACT_NAMES.length; j++) {
                MEMBER_FACT[i][j] = MEMBER[i] + "." + FACT_NAMES[j];
            }
        }
    }

    final Screening screening;
    final PreparedCall call;
    final Application application;
    /** The lot applied to, or null. */
    final String lot;
    /** The lead organisation, or null when the catalogue does not hold it. */
    final Organisation lead;
    final int leadIndex;
    /** The lead's identifier. */
    final OrganisationId leadId;

    Facts(Screening screening, PreparedCall call, Application application) {
        this.screening = screening;
        this.call = call;
        this.application = application;
        this.lot = application.getLot().orElse(null);
        List<Partner> members = application.getPartnership().getMembers();
        int index = 0;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).getRole() == PartnerRole.LEAD) {
                index = i;
            }
        }
        this.leadIndex = index;
        this.leadId = members.get(index).getOrganisation();
        this.lead = screening.organisation(leadId);
    }

    /** @return the path of the lead organisation */
    String leadPath() {
        return member(leadIndex);
    }

    /**
     * @param fact {@link #LEGAL_FORM}, {@link #NON_PROFIT}, {@link #REGISTERED} or {@link #SEAT}
     * @return the path of a fact of the lead organisation
     */
    String leadFact(int fact) {
        return memberFact(leadIndex, fact);
    }

    /** @return {@code partnership.members[index].organisation} */
    static String member(int index) {
        return index < CACHED_MEMBERS ? MEMBER[index] : "partnership.members[" + index + "].organisation";
    }

    /** @return {@code partnership.members[index].organisation.<fact>} */
    static String memberFact(int index, int fact) {
        return index < CACHED_MEMBERS ? MEMBER_FACT[index][fact] : member(index) + "." + FACT_NAMES[fact];
    }
}
