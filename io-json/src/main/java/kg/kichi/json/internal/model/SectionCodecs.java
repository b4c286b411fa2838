package kg.kichi.json.internal.model;

import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.stream.Section;

/** The codec of each {@link Section}'s objects: kept out of {@code Section}, which is API, as the codecs are not. */
public final class SectionCodecs {
    private SectionCodecs() {}

    /**
     * The codec of a collection's objects.
     *
     * @param section the collection
     * @return its codec
     */
    public static Codec<?> of(Section section) {
        return switch (section) {
            case ORGANISATIONS -> OrganisationCodec.INSTANCE;
            case PROGRAMMES -> DonorProgrammeCodec.INSTANCE;
            case PROJECTS -> ProjectCodec.INSTANCE;
            case CALLS -> CallForProposalsCodec.INSTANCE;
            case APPLICATIONS -> ApplicationCodec.INSTANCE;
            case GRANTS -> GrantCodec.INSTANCE;
            case REVIEWERS -> ReviewerCodec.INSTANCE;
            case REVIEWS -> ReviewCodec.INSTANCE;
        };
    }
}
