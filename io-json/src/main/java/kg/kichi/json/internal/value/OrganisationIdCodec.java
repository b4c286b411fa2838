package kg.kichi.json.internal.value;

import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import tools.jackson.core.JsonGenerator;

/** {@link OrganisationId} as the string {@code SCHEME-value}, e.g. {@code "KG-INN-02404199910074"}. */
public final class OrganisationIdCodec implements Codec<OrganisationId> {
    /** The instance. */
    public static final OrganisationIdCodec INSTANCE = new OrganisationIdCodec();

    private OrganisationIdCodec() {}

    @Override
    public OrganisationId read(Cursor in) {
        String text = in.string();
        if (text == null) {
            return null;
        }
        try {
            return OrganisationId.parse(text);
        } catch (InvalidModelException e) {
            return in.invalid(e, false);
        }
    }

    @Override
    public void write(OrganisationId value, JsonGenerator out) {
        out.writeString(value.toString());
    }
}
