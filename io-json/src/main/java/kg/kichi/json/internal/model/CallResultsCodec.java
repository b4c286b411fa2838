package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.member;

import java.util.Optional;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.PartialDateCodec;
import tools.jackson.core.JsonGenerator;

/** {@link CallResults}: {@code applicationsReceived, applicationsSelected, announcedOn}. */
public final class CallResultsCodec implements Codec<CallResults> {
    /** The instance. */
    public static final CallResultsCodec INSTANCE = new CallResultsCodec();

    private static final Member<Integer> APPLICATIONS_RECEIVED = member("applicationsReceived", Scalars.INTEGER);
    private static final Member<Integer> APPLICATIONS_SELECTED = member("applicationsSelected", Scalars.INTEGER);
    private static final Member<PartialDate> ANNOUNCED_ON = member("announcedOn", PartialDateCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(APPLICATIONS_RECEIVED, APPLICATIONS_SELECTED, ANNOUNCED_ON);

    private CallResultsCodec() {}

    @Override
    public CallResults read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        Integer received = f.get(APPLICATIONS_RECEIVED);
        Integer selected = f.get(APPLICATIONS_SELECTED);
        PartialDate announcedOn = f.get(ANNOUNCED_ON);
        var extensions = f.extensions();
        try {
            CallResults.Builder b = CallResults.builder().applicationsReceived(Optional.ofNullable(received))
                    .applicationsSelected(Optional.ofNullable(selected)).announcedOn(Optional.ofNullable(announcedOn));
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(CallResults value, JsonGenerator out) {
        out.writeStartObject();
        Out.optional(out, "applicationsReceived", value.getApplicationsReceived(), Scalars.INTEGER);
        Out.optional(out, "applicationsSelected", value.getApplicationsSelected(), Scalars.INTEGER);
        Out.optional(out, "announcedOn", value.getAnnouncedOn(), PartialDateCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
