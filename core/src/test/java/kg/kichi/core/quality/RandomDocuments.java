package kg.kichi.core.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.call.Lot;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.PartialDate;

/**
 * A random input of the quality analysis from a seed: options (a publication date from 2015 to 2026, 0 to 5
 * findings kept per check) and 1 to 3 documents, each fed as {@link QualityAnalysis} takes them, one object at a
 * time.
 *
 * <p>A document holds up to 4 organisations, 2 programmes, 2 projects, 2 calls (each with up to 2 lots and maybe
 * results), 5 applications and 11 grants. Every object is valid: built through its builder, which checks it, and
 * drawn so that it passes (periods in order, one currency per call, grant sizes within envelopes, statuses along
 * legal transitions). Nothing is skipped: an object its builder rejects is a fault of this class, and fails the
 * test of its seed. What the analysis has to cope with is left to chance:
 * <ul>
 *   <li>organisation ids and names come from small pools, so that an id recurs across documents under other names,
 *       and a name (or its transliteration, or a legal-form word only) under other ids; some national ids have the
 *       wrong number of digits or a letter;
 *   <li>references name one id more than the document gives ({@code call2}, {@code lot2}, {@code proj2}…), so
 *       some dangle;
 *   <li>half the documents are shuffled (a grant may come before its call, a project before its programme);
 *   <li>about one pointer in five is missing ({@code null});
 *   <li>dates from 1985 to 2034 (before 1990 is far in the past, and after publication plus 10 years far in the
 *       future), amounts of zero, grants over their envelope, outside their grant size, in other currencies, in
 *       places outside the eligible area or not stated, long titles and descriptions equal to them.
 * </ul>
 * The same seed gives the same input.
 */
final class RandomDocuments {
    private static final OrganisationId[] IDS = {
        OrganisationId.of(OrganisationId.KG_INN, "02404199910074"),
        OrganisationId.of(OrganisationId.KG_INN, "0240419991007"), // 13 digits: unexpected
        OrganisationId.of(OrganisationId.KG_OKPO, "12345678"),
        OrganisationId.of(OrganisationId.KG_OKPO, "1234567A"), // a letter: unexpected
        OrganisationId.local("eu"), OrganisationId.local("undp"), OrganisationId.local("yntymak2"),
        OrganisationId.local("naryn")};
    /** Names by language: spellings of one organisation in several scripts, and names that are legal forms only. */
    private static final String[][] NAMES = {{"ru", "ОО «Ынтымак»"}, {"ky", "«Ынтымак» Коомдук бирикмеси"},
        {"en", "PA Yntymak"}, {"ru", "Европейский Союз"}, {"en", "European Union"},
        {"ru", "Нарынский центр экономического развития"}, {"ky", "Нарын экономикалык өнүктүрүү борбору"},
        {"ru", "ОФ Ынтымак"}, {"en", "UNDP"}, {"ru", "ПРООН"}, {"en", "Public Foundation"}, {"ru", "Союз"}};
    /** KGS twice: most amounts of a document share a currency. */
    private static final String[] CURRENCIES = {"KGS", "KGS", "EUR", "USD"};
    private static final RegionalCoverage[] COVERAGES = {RegionalCoverage.notStated(),
        RegionalCoverage.nationwide("KG"), RegionalCoverage.nationwide("KZ"), RegionalCoverage.of(UnitRef.iso("KG-N")),
        RegionalCoverage.of(UnitRef.iso("KG-C"), UnitRef.iso("KG-Y")), RegionalCoverage.of(UnitRef.iso("KG-GB")),
        RegionalCoverage.of(UnitRef.iso("KG-O")),
        RegionalCoverage.of(UnitRef.iso("KG-ZZ"))}; // unknown to the gazetteer: where it lies is not known
    /** How many objects of each kind a document may give at most; references draw from one id more. */
    private static final int ORGANISATIONS = 4;
    private static final int CALLS = 2;
    private static final int LOTS = 2;
    private static final int PROJECTS = 2;
    private static final int PROGRAMMES = 2;
    private static final int APPLICATIONS = 5;
    private static final int GRANTS = 11;

    private final Random random;
    private final QualityOptions options;
    private final List<Consumer<QualityAnalysis>> events = new ArrayList<>();
    private int objects;

    private RandomDocuments(long seed) {
        random = new Random(seed);
        options = QualityOptions.asOf(LocalDate.of(2015 + random.nextInt(12), 1 + random.nextInt(12),
                1 + random.nextInt(28))).withExamples(random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(5));
        int documents = 1 + random.nextInt(3);
        for (int d = 0; d < documents; d++) {
            document("doc" + d + ".json");
        }
    }

    /**
     * @param seed the seed
     * @return the input the seed gives, always the same
     */
    static RandomDocuments of(long seed) {
        try {
            return new RandomDocuments(seed);
        } catch (RuntimeException e) {
            // an object its builder rejects: this class drew it wrong
            throw new IllegalStateException("seed " + seed + ": an invalid object was drawn: " + e, e);
        }
    }

    QualityOptions options() {
        return options;
    }

    /** @return how many objects the documents give together */
    int objects() {
        return objects;
    }

    /** Feeds every document to an analysis, from {@code startDocument} to {@code endDocument}; does not finish it. */
    void feed(QualityAnalysis analysis) {
        events.forEach(e -> e.accept(analysis));
    }

    /** @return the report of a new analysis of the documents */
    QualityReport analyse() {
        QualityAnalysis analysis = QualityAnalysis.start(options);
        feed(analysis);
        return analysis.finish();
    }

    // ---- one document

    private void document(String name) {
        List<Consumer<QualityAnalysis>> body = new ArrayList<>();
        // distinct ids within a document, as a valid catalogue has them; across documents they recur
        Set<OrganisationId> ids = new LinkedHashSet<>();
        for (int i = random.nextInt(ORGANISATIONS + 1); i > 0; i--) {
            ids.add(pick(IDS));
        }
        int at = 0;
        for (OrganisationId id : ids) {
            Organisation o = organisation(id);
            String pointer = pointer("/organisations/", at++);
            body.add(a -> a.organisation(o, pointer));
        }
        for (int i = 0, n = random.nextInt(PROGRAMMES + 1); i < n; i++) {
            DonorProgramme p = programme("prog" + i);
            String pointer = pointer("/programmes/", i);
            body.add(a -> a.programme(p, pointer));
        }
        for (int i = 0, n = random.nextInt(PROJECTS + 1); i < n; i++) {
            Project p = project("proj" + i);
            String pointer = pointer("/projects/", i);
            body.add(a -> a.project(p, pointer));
        }
        for (int i = 0, n = random.nextInt(CALLS + 1); i < n; i++) {
            CallForProposals c = call("call" + i);
            String pointer = pointer("/calls/", i);
            body.add(a -> a.call(c, pointer));
        }
        for (int i = 0, n = random.nextInt(APPLICATIONS + 1); i < n; i++) {
            Application x = application("app" + i);
            String pointer = pointer("/applications/", i);
            body.add(a -> a.application(x, pointer));
        }
        for (int i = 0, n = random.nextInt(GRANTS + 1); i < n; i++) {
            Grant g = grant("g" + i);
            String pointer = pointer("/grants/", i);
            body.add(a -> a.grant(g, pointer));
        }
        objects += body.size();
        if (random.nextBoolean()) {
            Collections.shuffle(body, random);
        }
        events.add(a -> a.startDocument(name));
        events.addAll(body);
        events.add(QualityAnalysis::endDocument);
    }

    /**
     * An organisation of one name, sometimes two or an alias: with few names per record, an id's first record
     * often shares no name with another id, and what joins it to another comes from a later document only.
     */
    private Organisation organisation(OrganisationId id) {
        String[] first = pick(NAMES);
        LocalizedText name = LocalizedText.of(first[0], first[1]);
        if (chance(0.2)) {
            String[] second = pick(NAMES);
            name = name.with(second[0], second[1]); // the same language replaces the first name
        }
        Organisation.Builder b = Organisation.builder().id(id).name(name).legalForm(LegalForm.PUBLIC_ASSOCIATION);
        if (chance(0.15)) {
            b.addAliases(pick(NAMES)[1]);
        }
        return b.build();
    }

    private DonorProgramme programme(String id) {
        DonorProgramme.Builder b = DonorProgramme.builder().id(id).donor(pick(IDS)).name(LocalizedText.of("en", "P"));
        if (chance(0.6)) {
            b.period(period());
        }
        if (chance(0.5)) {
            b.budget(money(pick(CURRENCIES)));
        }
        return b.build();
    }

    private Project project(String id) {
        Project.Builder b = Project.builder().id(id).title(LocalizedText.of("en", "Pr"));
        if (chance(0.8)) {
            b.programme(ref("prog", PROGRAMMES));
        }
        // each organisation funds a project once
        Set<OrganisationId> funders = new LinkedHashSet<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            funders.add(pick(IDS));
        }
        funders.forEach(o -> b.addParticipants(Participation.of(o, ParticipationRole.FUNDING)));
        if (chance(0.6)) {
            b.period(period());
        }
        if (chance(0.5)) {
            b.budget(money(pick(CURRENCIES)));
        }
        return b.build();
    }

    /**
     * A call whose amounts are all in one currency, each grant size within its envelope, and whose deadline is
     * not before its announcement: what validation requires of a call.
     */
    private CallForProposals call(String id) {
        String currency = pick(CURRENCIES);
        CallForProposals.Builder b = CallForProposals.builder().id(id).project(ref("proj", PROJECTS))
                .title(LocalizedText.of("en", "C"));
        PartialDate announced = chance(0.6) ? date() : null;
        PartialDate deadline = chance(0.6) ? date() : null;
        if (announced != null && deadline != null && deadline.isBefore(announced)) {
            PartialDate earlier = deadline;
            deadline = announced;
            announced = earlier;
        }
        if (announced != null) {
            b.announced(announced);
        }
        if (deadline != null) {
            b.deadline(deadline);
        }
        if (chance(0.3)) {
            b.implementationPeriod(period());
        }
        Money envelope = chance(0.6) ? money(currency) : null;
        if (envelope != null) {
            b.envelope(envelope);
        }
        if (chance(0.6)) {
            b.grantSize(grantSize(currency, envelope));
        }
        if (chance(0.5)) {
            b.plannedGrants(1 + random.nextInt(4));
        }
        if (chance(0.7)) {
            b.eligibleCoverage(pick(COVERAGES));
        }
        for (int k = 0, n = random.nextInt(LOTS + 1); k < n; k++) {
            Lot.Builder lot = Lot.builder().id("lot" + k).title(LocalizedText.of("en", "L" + k));
            Money lotEnvelope = chance(0.5) ? money(currency) : null;
            if (lotEnvelope != null) {
                lot.envelope(lotEnvelope);
            }
            if (chance(0.5)) {
                lot.grantSize(grantSize(currency, lotEnvelope));
            }
            if (chance(0.5)) {
                lot.plannedGrants(1 + random.nextInt(3));
            }
            b.addLots(lot.build());
        }
        if (chance(0.6)) {
            b.results(results());
        }
        return b.build();
    }

    /** A grant size whose largest grant is within the envelope, when there is one, and not below the smallest. */
    private MoneyRange grantSize(String currency, Money envelope) {
        Money max = money(currency);
        if (envelope != null && max.compareTo(envelope) > 0) {
            max = envelope;
        }
        Money min = chance(0.6) ? Money.of(BigDecimal.valueOf(1000L * random.nextInt(10)), currency) : null;
        if (min != null && min.compareTo(max) > 0) {
            min = max;
        }
        return chance(0.2) ? MoneyRange.of(min == null ? max : min, null) : MoneyRange.of(min, max);
    }

    /** Results with no more applications selected than received, when both are reported. */
    private CallResults results() {
        CallResults.Builder b = CallResults.builder();
        Integer received = chance(0.7) ? random.nextInt(5) : null;
        if (received != null) {
            b.applicationsReceived(received);
        }
        if (chance(0.7)) {
            b.applicationsSelected(random.nextInt(received == null ? 4 : received + 1));
        }
        if (chance(0.3)) {
            b.announcedOn(date());
        }
        return b.build();
    }

    /** An application whose status history walks the legal transitions from submitted, stopping at random. */
    private Application application(String id) {
        Application.Builder b = Application.builder().id(id).call(ref("call", CALLS))
                .partnership(Partnership.ofLead(pick(IDS))).title(LocalizedText.of("en", "A"));
        ApplicationStatus status = ApplicationStatus.SUBMITTED;
        b.addStatusHistory(StatusChange.of(status, null));
        while (!status.isFinal() && chance(0.85)) {
            List<ApplicationStatus> next = List.copyOf(status.getNext());
            status = next.get(random.nextInt(next.size()));
            b.addStatusHistory(StatusChange.of(status, null));
        }
        if (chance(0.5)) {
            b.coverage(pick(COVERAGES));
        }
        if (chance(0.3)) {
            b.plannedPeriod(period());
        }
        if (chance(0.3)) {
            b.submittedAt(OffsetDateTime.of(1985 + random.nextInt(50), 3, 4, 10, 0, 0, 0, ZoneOffset.UTC));
        }
        return b.build();
    }

    /** A grant that names a call or a project, or both, as validation requires; a lot only with a call. */
    private Grant grant(String id) {
        Grant.Builder b = Grant.builder().id(id).partnership(Partnership.ofLead(pick(IDS)));
        LocalizedText title = text("Clean water " + random.nextInt(3));
        b.title(title);
        if (chance(0.5)) {
            b.description(chance(0.5) ? title : text("Pipes " + random.nextInt(3)));
        }
        boolean call = chance(0.8);
        if (call) {
            b.call(ref("call", CALLS));
            if (chance(0.4)) {
                b.lot(ref("lot", LOTS));
            }
        }
        if (chance(0.4)) {
            b.application(ref("app", APPLICATIONS));
        }
        if (!call || chance(0.3)) {
            b.project(ref("proj", PROJECTS));
        }
        if (chance(0.8)) {
            b.amountAwarded(Money.of(BigDecimal.valueOf(1000L * (1 + random.nextInt(80))), pick(CURRENCIES)));
        }
        if (chance(0.7)) {
            b.awardDate(date());
        }
        if (chance(0.4)) {
            b.period(period());
        }
        if (chance(0.6)) {
            b.coverage(pick(COVERAGES));
        }
        return b.build();
    }

    // ---- values

    /** A title or description: one time in ten over the 140 characters allowed, else in English, maybe in Russian. */
    private LocalizedText text(String base) {
        if (chance(0.1)) {
            return LocalizedText.of("en", base + " " + "x".repeat(140));
        }
        // the Russian text differs from the English in case and spaces only: equal as the checks compare texts
        return chance(0.5) ? LocalizedText.of("en", base)
                : LocalizedText.of("en", base).with("ru", "  " + base.toUpperCase(Locale.ROOT) + " ");
    }

    /** A date from 1985 to 2034, of year, month or day precision. */
    private PartialDate date() {
        int year = 1985 + random.nextInt(50);
        switch (random.nextInt(3)) {
            case 0:
                return PartialDate.ofYear(year);
            case 1:
                return PartialDate.of(year, 1 + random.nextInt(12));
            default:
                return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
    }

    /** A period open at its start or end, or with both, in order. */
    private DatePeriod period() {
        switch (random.nextInt(3)) {
            case 0:
                return DatePeriod.startingFrom(date());
            case 1:
                return DatePeriod.endingOn(date());
            default:
                PartialDate a = date();
                PartialDate b = date();
                return a.isAfter(b) ? DatePeriod.of(b, a) : DatePeriod.of(a, b);
        }
    }

    /** An amount of 1,000 to 80,000, or of zero one time in ten. */
    private Money money(String currency) {
        long amount = random.nextInt(10) == 0 ? 0 : 1000L * (1 + random.nextInt(80));
        return Money.of(BigDecimal.valueOf(amount), currency);
    }

    /** An id of the kind, of one of the {@code given} objects a document may give or one more that it never does. */
    private String ref(String prefix, int given) {
        return prefix + random.nextInt(given + 1);
    }

    /** An object's JSON Pointer, missing one time in five. */
    private String pointer(String collection, int index) {
        return chance(0.2) ? null : collection + index;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
