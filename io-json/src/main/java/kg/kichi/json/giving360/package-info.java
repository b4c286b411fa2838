/**
 * The <a href="https://standard.threesixtygiving.org/">360Giving Data Standard</a> 1.4: reading a package into a
 * catalogue ({@link kg.kichi.json.giving360.Giving360Reader}, streaming, every problem against the bundled 1.4.3
 * schemas) and exporting a catalogue's grants ({@link kg.kichi.json.giving360.Giving360Exporter}). A catalogue read
 * from 360Giving keeps every member its model has no place for as a {@code 360Giving:<name>} extension, and the
 * exporter writes it back as the package it was read from; the rest of this page is about catalogues built
 * otherwise.
 *
 * <p>Nothing is invented: when the catalogue does not state a field 360Giving requires ({@code description},
 * {@code currency}, {@code amountAwarded}, {@code awardDate} to the day, {@code recipientOrganization},
 * {@code fundingOrganization}), the export fails with a {@link kg.kichi.json.giving360.MissingFieldsException}
 * naming, per grant, every such field. How each 360Giving field is filled:
 *
 * <ul>
 *   <li>{@code id}: a 360Giving grant id is the publisher's prefix, a dash and the publisher's own identifier.
 *       With a prefix set ({@code grantIdPrefix("360G-example")}) the id is {@code 360G-example-<grant id>}.
 *       Without one the prefix is derived deterministically as {@code 360G-kichi-<catalogue id>}; that prefix
 *       is <em>not registered</em> with 360Giving, so publishers should set the one 360Giving gives them.
 *   <li>{@code title}, {@code description}, organisation names, programme titles: the localized text in the
 *       first of the configured languages it has (default en, ru, ky).
 *   <li>{@code currency}, {@code amountAwarded}: the grant's amount, exact; {@code amountAppliedFor}: the
 *       application's requested amount when in the same currency.
 *   <li>{@code awardDate}: the award date when known to the day; a date known only to the month or year is
 *       reported ({@value kg.kichi.json.giving360.MissingFieldsException#IMPRECISE}), not padded with a day.
 *   <li>{@code plannedDates}: one event with the period's start and end at their own precision (360Giving
 *       allows {@code YYYY} and {@code YYYY-MM} there).
 *   <li>{@code recipientOrganization}: the grantee (the partnership's lead); partners are not recipients.
 *   <li>{@code fundingOrganization}: the organisation making the grant: the lead participant of the grant's
 *       project (its own or its call's); else its accountable participants; else its funding participants;
 *       else the donor of the project's programme.
 *   <li>Organisation {@code id}: the Kichi {@code OrganisationId}, which has org-id.guide form
 *       ({@code KG-INN-…}, {@code GB-COH-…}). Kichi's local scheme {@code XI-KICHI-…}, used for organisations
 *       without a known registration number, is <em>not</em> registered on org-id.guide: such ids are unique
 *       only within Kichi data.
 *   <li>{@code grantProgramme}: the call ({@code code} its id, {@code title} its title), or the project for a
 *       direct award; {@code fromOpenCall}: {@code Yes} for a grant through a call, absent otherwise.
 *   <li>{@code beneficiaryLocation}: the grant's coverage, or the application's when the grant's is not
 *       stated. Nationwide: one location with the country code. Units: one location per unit with {@code id}
 *       the unit reference, {@code geoCode} its ISO 3166-2 code and {@code countryCode} the code's country.
 *       A unit given as {@code iso3166-2:…} maps directly. With a gazetteer
 *       ({@code gazetteer(Gazetteers.kyrgyzstan())}) a SOATE unit maps to the ISO 3166-2 code of the first-level
 *       unit containing it and gets its {@code name}; a custom resolver can be passed instead
 *       ({@code isoCodeResolver}). Without either, SOATE units get no {@code geoCode}, only the country code
 *       {@code KG} (their codes start with 417). {@code geoCodeType} is not written: its codelist has UK (ONS)
 *       code types only.
 *   <li>{@code locationScope}: nationwide {@code GLS030}; else the broadest unit: a unit the gazetteer knows by
 *       its level (first level {@code GLS040}, district {@code GLS050}, town, aiyl aimak or village
 *       {@code GLS060}); without a gazetteer ISO 3166-2 units {@code GLS040} and SOATE units by their code's
 *       structure (417, oblast 2 digits, district 3, then finer: zeros after the oblast {@code GLS040}, after
 *       the district {@code GLS050}, else {@code GLS060}); absent when not stated or when no unit's level is
 *       known.
 *   <li>{@code regrantType}: {@code FRG010} (Common Regrant) for a grant made by a re-granting project, that is
 *       a project which passes its donor funds on through calls of its own (one or more calls in the catalogue).
 *       Kichi does not model the donor's grant to the project itself, to which 360Giving's guidance attaches
 *       this code.
 *   <li>{@code classifications}: the grant's themes (vocabulary, code, label as title).
 * </ul>
 */
package kg.kichi.json.giving360;
