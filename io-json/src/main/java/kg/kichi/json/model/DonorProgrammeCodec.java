package kg.kichi.json.model;

import static kg.kichi.json.codec.Members.list;
import static kg.kichi.json.codec.Members.member;

import java.util.List;
import java.util.Optional;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.codec.Codec;
import kg.kichi.json.codec.Cursor;
import kg.kichi.json.codec.Fields;
import kg.kichi.json.codec.Members;
import kg.kichi.json.codec.Out;
import kg.kichi.json.codec.Scalars;
import kg.kichi.json.value.ClassificationCodec;
import kg.kichi.json.value.DatePeriodCodec;
import kg.kichi.json.value.LocalizedTextCodec;
import kg.kichi.json.value.MoneyCodec;
import kg.kichi.json.value.OrganisationIdCodec;
import tools.jackson.core.JsonGenerator;

/** {@link DonorProgramme}: {@code id, name, acronyms, donor, parent, period, budget, themes, description}. */
public final class DonorProgrammeCodec implements Codec<DonorProgramme> {
    /** The instance. */
    public static final DonorProgrammeCodec INSTANCE = new DonorProgrammeCodec();

    private static final Members MEMBERS = Members.of(member("id", Scalars.STRING),
            member("name", LocalizedTextCodec.INSTANCE), list("acronyms", Scalars.STRING),
            member("donor", OrganisationIdCodec.INSTANCE), member("parent", Scalars.STRING),
            member("period", DatePeriodCodec.INSTANCE), member("budget", MoneyCodec.INSTANCE),
            list("themes", ClassificationCodec.INSTANCE), member("description", LocalizedTextCodec.INSTANCE));

    private DonorProgrammeCodec() {}

    @Override
    public DonorProgramme read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        String id = f.get("id", Scalars.STRING);
        LocalizedText name = f.get("name", LocalizedTextCodec.INSTANCE);
        List<String> acronyms = f.list("acronyms", Scalars.STRING);
        OrganisationId donor = f.get("donor", OrganisationIdCodec.INSTANCE);
        String parent = f.get("parent", Scalars.STRING);
        DatePeriod period = f.get("period", DatePeriodCodec.INSTANCE);
        Money budget = f.get("budget", MoneyCodec.INSTANCE);
        List<Classification> themes = f.list("themes", ClassificationCodec.INSTANCE);
        LocalizedText description = f.get("description", LocalizedTextCodec.INSTANCE);
        var extensions = f.extensions();
        try {
            return f.built(DonorProgramme.builder().id(id).name(name).acronyms(acronyms).donor(donor)
                    .parent(Optional.ofNullable(parent)).period(Optional.ofNullable(period))
                    .budget(Optional.ofNullable(budget)).themes(themes).description(Optional.ofNullable(description))
                    .extensions(extensions).build());
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
