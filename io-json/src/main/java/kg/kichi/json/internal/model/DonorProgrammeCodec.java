package kg.kichi.json.internal.model;

import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.ClassificationCodec;
import kg.kichi.json.internal.value.DatePeriodCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.MoneyCodec;
import kg.kichi.json.internal.value.OrganisationIdCodec;

/** {@link DonorProgramme}. */
public final class DonorProgrammeCodec {
    /** The codec: its members in the order written. */
    public static final Codec<DonorProgramme> INSTANCE =
            ObjectCodec.of(DonorProgramme::builder, DonorProgramme.Builder::build)
            .member("id", Scalars.STRING, DonorProgramme::getId, DonorProgramme.Builder::id)
            .member("name", LocalizedTextCodec.INSTANCE, DonorProgramme::getName, DonorProgramme.Builder::name)
            .list("acronyms", Scalars.STRING, DonorProgramme::getAcronyms, DonorProgramme.Builder::acronyms)
            .member("donor", OrganisationIdCodec.INSTANCE, DonorProgramme::getDonor, DonorProgramme.Builder::donor)
            .optional("parent", Scalars.STRING, DonorProgramme::getParent, DonorProgramme.Builder::parent)
            .optional("period", DatePeriodCodec.INSTANCE, DonorProgramme::getPeriod, DonorProgramme.Builder::period)
            .optional("budget", MoneyCodec.INSTANCE, DonorProgramme::getBudget, DonorProgramme.Builder::budget)
            .list("themes", ClassificationCodec.INSTANCE, DonorProgramme::getThemes, DonorProgramme.Builder::themes)
            .optional("description", LocalizedTextCodec.INSTANCE, DonorProgramme::getDescription,
                    DonorProgramme.Builder::description)
            .extensions(DonorProgramme::getExtensions, DonorProgramme.Builder::extensions);

    private DonorProgrammeCodec() {}
}
