package kg.kichi.json.internal.model;

import kg.kichi.core.call.CallResults;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.PartialDateCodec;

/** {@link CallResults}. */
public final class CallResultsCodec {
    /** The codec: its members in the order written. */
    public static final Codec<CallResults> INSTANCE = ObjectCodec.of(CallResults::builder, CallResults.Builder::build)
            .optional("applicationsReceived", Scalars.INTEGER, CallResults::getApplicationsReceived,
                    CallResults.Builder::applicationsReceived)
            .optional("applicationsSelected", Scalars.INTEGER, CallResults::getApplicationsSelected,
                    CallResults.Builder::applicationsSelected)
            .optional("announcedOn", PartialDateCodec.INSTANCE, CallResults::getAnnouncedOn,
                    CallResults.Builder::announcedOn)
            .extensions(CallResults::getExtensions, CallResults.Builder::extensions);

    private CallResultsCodec() {}
}
