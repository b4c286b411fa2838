package org.example.grants;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.examples.ExampleCatalogues;
import kg.kichi.json.KichiJson;
import kg.kichi.json.Mode;

/** What an application does with Kichi: builds, validates, reads and writes. */
public final class GrantsApp {
    private GrantsApp() {}

    /** @return a valid grant, built as README shows */
    public static Grant grant() {
        return Grant.builder()
                .id("lip-cso-nar-02")
                .title(LocalizedText.of("ky", "Ийгилик ачкычы ынтымак").with("ru", "Ийгилик ачкычы - ынтымак"))
                .call("lip-call-2021").lot("cso")
                .partnership(Partnership.ofLead(OrganisationId.local("tynchtyk")))
                .coverage(RegionalCoverage.of(UnitRef.iso("KG-N")))
                .amountAwarded(Money.of("250000", "KGS"))
                .build();
    }

    /**
     * @param locale the language
     * @return the violations of an invalid grant, as {@code path: message}
     */
    public static List<String> violationsOfABadGrant(Locale locale) {
        try {
            Grant.builder().lot("cso").amountAwarded(Money.of("-5", "KGS")).build();
            throw new AssertionError("built an invalid grant");
        } catch (InvalidModelException e) {
            return e.getViolations().stream().map(v -> v.getPath() + ": " + v.getMessage(locale))
                    .collect(Collectors.toList());
        }
    }

    /** @return the first bundled example, read through kichi-examples */
    public static Catalogue example() {
        return ExampleCatalogues.seed000();
    }

    /**
     * @param catalogue a catalogue
     * @return it, written as JSON and read back strictly
     */
    public static Catalogue roundTrip(Catalogue catalogue) {
        return KichiJson.read(json(catalogue), Mode.STRICT);
    }

    /**
     * @param catalogue a catalogue
     * @return its JSON text
     */
    public static String json(Catalogue catalogue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KichiJson.write(catalogue, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
