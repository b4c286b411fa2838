package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.list;
import static kg.kichi.json.internal.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.ListMember;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.ClassificationCodec;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.OrganisationIdCodec;
import tools.jackson.core.JsonGenerator;

/** {@link DonorProgramme}: {@code id, name, acronyms, donor, parent, period, budget, themes, description}. */
public final class DonorProgrammeCodec implements Codec<DonorProgramme> {
    /** The instance. */
    public static final DonorProgrammeCodec INSTANCE = new DonorProgrammeCodec();

    private static final Member<String> ID = member("id", Scalars.STRING);
    private static final Member<LocalizedText> NAME = member("name", LocalizedTextCodec.INSTANCE);
    private static final ListMember<String> ACRONYMS = list("acronyms", Scalars.STRING);
    private static final Member<OrganisationId> DONOR = member("donor", OrganisationIdCodec.INSTANCE);
    private static final Member<String> PARENT = member("parent", Scalars.STRING);
    private static final Member<DatePeriod> PERIOD = member("period", DatePeriodCodec.INSTANCE);
    private static final Member<Money> BUDGET = member("budget", MoneyCodec.INSTANCE);
    private static final ListMember<Classification> THEMES = list("themes", ClassificationCodec.INSTANCE);
    private static final Member<LocalizedText> DESCRIPTION = member("description", LocalizedTextCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(ID, NAME, ACRONYMS, DONOR, PARENT, PERIOD, BUDGET, THEMES,
            DESCRIPTION);

    private DonorProgrammeCodec() {}

    @Override
    public DonorProgramme read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get(ID);
        LocalizedText name = f.get(NAME);
        List<String> acronyms = f.list(ACRONYMS);
        OrganisationId donor = f.get(DONOR);
        String parent = f.get(PARENT);
        DatePeriod period = f.get(PERIOD);
        Money budget = f.get(BUDGET);
        List<Classification> themes = f.list(THEMES);
        LocalizedText description = f.get(DESCRIPTION);
        var extensions = f.extensions();
        try {
            DonorProgramme.Builder b = DonorProgramme.builder().id(id).name(name).acronyms(acronyms).donor(donor)
                    .parent(Optional.ofNullable(parent)).period(Optional.ofNullable(period))
                    .budget(Optional.ofNullable(budget)).themes(themes).description(Optional.ofNullable(description));
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(DonorProgramme value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "id", value.getId(), Scalars.STRING);
        Out.member(out, "name", value.getName(), LocalizedTextCodec.INSTANCE);
        Out.list(out, "acronyms", value.getAcronyms(), Scalars.STRING);
        Out.member(out, "donor", value.getDonor(), OrganisationIdCodec.INSTANCE);
        Out.optional(out, "parent", value.getParent(), Scalars.STRING);
        Out.optional(out, "period", value.getPeriod(), DatePeriodCodec.INSTANCE);
        Out.optional(out, "budget", value.getBudget(), MoneyCodec.INSTANCE);
        Out.list(out, "themes", value.getThemes(), ClassificationCodec.INSTANCE);
        Out.optional(out, "description", value.getDescription(), LocalizedTextCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
