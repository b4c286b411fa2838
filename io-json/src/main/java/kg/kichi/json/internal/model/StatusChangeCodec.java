package kg.kichi.json.internal.model;

import kg.kichi.core.application.StatusChange;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.value.LocalizedTextCodec;
import kg.kichi.json.internal.value.PartialDateCodec;

/**
 * {@link StatusChange} of an application: {@code {"status": "submitted", "on": "2021-03"}}, with an optional
 * {@code reason} (localized text), e.g. the failed eligibility rules of an application found ineligible.
 */
public final class StatusChangeCodec {
    /** The codec: its members in the order written. */
    public static final Codec<StatusChange> INSTANCE =
            ObjectCodec.of(StatusChange::builder, StatusChange.Builder::build)
            .member("status", Codes.APPLICATION_STATUS, StatusChange::getStatus, StatusChange.Builder::status)
            .optional("on", PartialDateCodec.INSTANCE, StatusChange::getOn, StatusChange.Builder::on)
            .optional("reason", LocalizedTextCodec.INSTANCE, StatusChange::getReason, StatusChange.Builder::reason)
            .extensions(StatusChange::getExtensions, StatusChange.Builder::extensions);

    private StatusChangeCodec() {}
}
