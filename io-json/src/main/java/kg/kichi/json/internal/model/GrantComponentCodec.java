package kg.kichi.json.internal.model;

import kg.kichi.core.project.GrantComponent;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.codec.Scalars;
import kg.kichi.json.internal.value.LocalizedTextCodec;

/** {@link GrantComponent} of a project. */
public final class GrantComponentCodec {
    /** The codec: its members in the order written. */
    public static final Codec<GrantComponent> INSTANCE =
            ObjectCodec.of(GrantComponent::builder, GrantComponent.Builder::build)
            .member("id", Scalars.STRING, GrantComponent::getId, GrantComponent.Builder::id)
            .member("title", LocalizedTextCodec.INSTANCE, GrantComponent::getTitle, GrantComponent.Builder::title)
            .optional("plannedGrants", Scalars.INTEGER, GrantComponent::getPlannedGrants,
                    GrantComponent.Builder::plannedGrants)
            .optional("awardedGrants", Scalars.INTEGER, GrantComponent::getAwardedGrants,
                    GrantComponent.Builder::awardedGrants)
            .list("recipientForms", Codes.LEGAL_FORM, GrantComponent::getRecipientForms,
                    GrantComponent.Builder::recipientForms)
            .extensions(GrantComponent::getExtensions, GrantComponent.Builder::extensions);

    private GrantComponentCodec() {}
}
