package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.member;

import java.util.Optional;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.PartialDate;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.PartialDateCodec;
import tools.jackson.core.JsonGenerator;

/** {@link StatusChange} of an application: {@code {"status": "submitted", "on": "2021-03"}}, with an optional
 * {@code reason} (localized text), e.g. the failed eligibility rules of an application found ineligible. */
public final class StatusChangeCodec implements Codec<StatusChange> {
    /** The instance. */
    public static final StatusChangeCodec INSTANCE = new StatusChangeCodec();

    private static final Member<ApplicationStatus> STATUS = member("status", Codes.APPLICATION_STATUS);
    private static final Member<PartialDate> ON = member("on", PartialDateCodec.INSTANCE);
    private static final Member<LocalizedText> REASON = member("reason", LocalizedTextCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(STATUS, ON, REASON);

    private StatusChangeCodec() {}

    @Override
    public StatusChange read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        ApplicationStatus status = f.get(STATUS);
        PartialDate on = f.get(ON);
        LocalizedText reason = f.get(REASON);
        var extensions = f.extensions();
        try {
            StatusChange.Builder b = StatusChange.builder().status(status).on(Optional.ofNullable(on));
            if (reason != null) {
                b.reason(reason);
            }
            if (!extensions.isEmpty()) { // left unset when empty, the builder allocates no map
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(StatusChange value, JsonGenerator out) {
        out.writeStartObject();
        Out.member(out, "status", value.getStatus(), Codes.APPLICATION_STATUS);
        Out.optional(out, "on", value.getOn(), PartialDateCodec.INSTANCE);
        Out.optional(out, "reason", value.getReason(), LocalizedTextCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
