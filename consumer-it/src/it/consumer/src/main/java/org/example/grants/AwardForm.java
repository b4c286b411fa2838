package org.example.grants;

import jakarta.validation.constraints.NotNull;
import kg.kichi.core.validation.Identifier;

/** A form of the application: one message of its own bundle, one of Kichi's constraints. */
public class AwardForm {
    @NotNull(message = "{app.title.required}")
    private final String title;

    @Identifier
    private final String grantId;

    /**
     * @param title the title, or null
     * @param grantId the grant's identifier, or null
     */
    public AwardForm(String title, String grantId) {
        this.title = title;
        this.grantId = grantId;
    }
}
