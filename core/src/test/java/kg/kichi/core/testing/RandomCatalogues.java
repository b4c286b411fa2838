package kg.kichi.core.testing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import kg.kichi.core.application.Application;
import kg.kichi.core.application.ApplicationStatus;
import kg.kichi.core.application.Partner;
import kg.kichi.core.application.PartnerRole;
import kg.kichi.core.application.Partnership;
import kg.kichi.core.application.StatusChange;
import kg.kichi.core.call.CallForProposals;
import kg.kichi.core.call.CallResults;
import kg.kichi.core.call.Lot;
import kg.kichi.core.catalogue.Catalogue;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.geo.RegionalCoverage;
import kg.kichi.core.geo.UnitRef;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.grant.GrantStatus;
import kg.kichi.core.money.Money;
import kg.kichi.core.money.MoneyRange;
import kg.kichi.core.organisation.LegalForm;
import kg.kichi.core.organisation.Organisation;
import kg.kichi.core.organisation.OrganisationId;
import kg.kichi.core.programme.DonorProgramme;
import kg.kichi.core.project.Activity;
import kg.kichi.core.project.Participation;
import kg.kichi.core.project.ParticipationRole;
import kg.kichi.core.project.Project;
import kg.kichi.core.project.StatedTarget;
import kg.kichi.core.text.LocalizedText;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.MonthRange;
import kg.kichi.core.time.PartialDate;

/**
 * Seeded generator of random, always valid catalogues for property tests.
 *
 * <p>Every kind of object appears, every optional member is sometimes present and sometimes absent: texts in one
 * to three of ky/ru/en (Cyrillic with ң ө ү, quotes, backslashes, line breaks), amounts with scale 0 to 2,
 * partial dates of every precision, coverage of every kind (with and without shares), calls with lots,
 * partnerships with one lead, status histories that follow the legal transitions. Extensions are always empty.
 * The same seed always gives the same catalogue.
 *
 * <pre>{@code
 * Catalogue catalogue = RandomCatalogues.catalogue(42);
 * RandomCatalogues random = new RandomCatalogues(7);   // or draw single values
 * Money amount = random.money("KGS");
 * }</pre>
 */
public final class RandomCatalogues {
    private static final String[] KY = {"Нарын", "өнүгүү", "жаштар", "коомчулук", "тынчтык", "үй-бүлө", "айыл",
        "демилге", "Ысык-Көл", "кеңеш", "өкмөтү", "ыңгайлуу", "Түп", "Өзгөн", "Чүй"};
    private static final String[] RU = {"Нарын", "развитие", "молодёжь", "общество", "мир", "семья", "село",
        "инициатива", "Иссык-Куль", "совет", "«Ынтымак»", "Тюп", "Узген", "Чуй", "фонд"};
    private static final String[] EN = {"Naryn", "development", "youth", "community", "peace", "family",
        "village", "initiative", "Issyk-Kul", "council", "\"Yntymak\"", "C:\\data", "line\nbreak", "Tyup", "Chui"};
    private static final String[] CURRENCIES = {"KGS", "USD", "EUR"};
    private static final String[] REGIONS = {"KG-B", "KG-C", "KG-GB", "KG-GO", "KG-J", "KG-N", "KG-O", "KG-T",
        "KG-Y"};
    private static final String[] SCHEMES = {OrganisationId.KG_INN, OrganisationId.KG_OKPO,
        OrganisationId.LOCAL_SCHEME, "GB-COH"};

    private final Random random;
    private int serial;

    /** @param seed the seed; equal seeds give equal sequences */
    public RandomCatalogues(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The catalogue of a seed.
     *
     * @param seed any number
     * @return a valid catalogue, always the same for the same seed
     */
    public static Catalogue catalogue(long seed) {
        return new RandomCatalogues(seed).catalogue();
    }

    /** @return the next random valid catalogue */
    public Catalogue catalogue() {
        List<Organisation> organisations = list(1, 6, this::organisation);
        List<OrganisationId> orgIds = organisations.stream().map(Organisation::getId).toList();
        List<DonorProgramme> programmes = new ArrayList<>();
        int programmeCount = random.nextInt(3);
        for (int i = 0; i < programmeCount; i++) {
            programmes.add(programme(pick(orgIds), programmes.isEmpty() || chance() ? null
                    : programmes.get(random.nextInt(programmes.size())).getId()));
        }
        List<String> programmeIds = programmes.stream().map(DonorProgramme::getId).toList();
        List<Project> projects = list(0, 3, () -> project(programmeIds, orgIds));
        List<String> projectIds = projects.stream().map(Project::getId).toList();
        List<CallForProposals> calls = projectIds.isEmpty() ? List.of() : list(0, 3, () -> call(pick(projectIds)));
        List<Application> applications = calls.isEmpty() ? List.of() : list(0, 4, () -> application(pick(calls),
                orgIds));
        List<String> applicationIds = applications.stream().map(Application::getId).toList();
        List<Grant> grants = calls.isEmpty() && projectIds.isEmpty() ? List.of()
                : list(0, 4, () -> grant(calls, projectIds, applicationIds, orgIds));
        Catalogue.Builder catalogue = Catalogue.builder().id(id("dataset")).organisations(organisations)
                .programmes(programmes).projects(projects).calls(calls).applications(applications).grants(grants);
        maybe(() -> catalogue.title(text()));
        maybe(() -> catalogue.publisher(text()));
        return catalogue.build();
    }

    /** @return a random organisation with a fresh id */
    public Organisation organisation() {
        Organisation.Builder b = Organisation.builder()
                .id(OrganisationId.of(pick(SCHEMES), "o" + (++serial) + "-" + random.nextInt(1000)))
                .name(text()).legalForm(pick(LegalForm.values()));
        if (chance()) {
            b.addAcronym(word(RU).toUpperCase());
        }
        if (chance()) {
            b.addAliases(word(KY), word(EN));
        }
        maybe(() -> b.seat(unit()));
        maybe(() -> b.nonProfit(random.nextBoolean()));
        return b.build();
    }

    private DonorProgramme programme(OrganisationId donor, String parent) {
        DonorProgramme.Builder b = DonorProgramme.builder().id(id("programme")).name(text()).donor(donor)
                .parent(java.util.Optional.ofNullable(parent));
        maybe(() -> b.addAcronym(word(EN).toUpperCase().replace("\n", "")));
        maybe(() -> b.period(period()));
        maybe(() -> b.budget(money(pick(CURRENCIES))));
        maybe(() -> b.themes(list(1, 3, this::classification)));
        maybe(() -> b.description(text()));
        return b.build();
    }

    private Project project(List<String> programmes, List<OrganisationId> organisations) {
        Project.Builder b = Project.builder().id(id("project")).title(text());
        if (!programmes.isEmpty() && chance()) {
            b.programme(pick(programmes));
        }
        if (chance()) {
            Set<String> seen = new LinkedHashSet<>();
            boolean lead = false;
            for (int i = random.nextInt(4); i > 0; i--) {
                OrganisationId org = pick(organisations);
                ParticipationRole role = pick(ParticipationRole.values());
                if (seen.add(org + "/" + role)) {
                    boolean isLead = !lead && random.nextBoolean();
                    lead |= isLead;
                    b.addParticipant(Participation.builder().organisation(org).role(role).lead(isLead).build());
                }
            }
        }
        maybe(() -> b.period(period()));
        maybe(() -> b.budget(money(pick(CURRENCIES))));
        maybe(() -> b.coverage(coverage()));
        maybe(() -> b.objectives(list(1, 3, this::text)));
        maybe(() -> b.activities(list(1, 3, this::activity)));
        maybe(() -> b.targetGroups(list(1, 2, this::text)));
        maybe(() -> b.themes(list(1, 2, this::classification)));
        maybe(() -> b.description(text()));
        return b.build();
    }

    private Activity activity() {
        Activity.Builder b = Activity.builder().description(text());
        maybe(() -> b.targets(list(1, 2, this::target)));
        return b.build();
    }

    /** @return a random stated target */
    public StatedTarget target() {
        StatedTarget.Builder b = StatedTarget.builder().quantity(1 + random.nextInt(5000)).what(text());
        maybe(() -> b.approximate(random.nextBoolean()));
        maybe(() -> b.statedAs(text()));
        return b.build();
    }

    private CallForProposals call(String project) {
        String currency = pick(CURRENCIES);
        CallForProposals.Builder b = CallForProposals.builder().id(id("call")).project(project).title(text());
        int year = 2005 + random.nextInt(20);
        maybe(() -> b.announced(date(year)));
        maybe(() -> b.deadline(date(year + 1)));
        maybe(() -> b.implementationPeriod(period()));
        Money envelope = chance() ? amountBetween(currency, 100_000, 10_000_000) : null;
        b.envelope(java.util.Optional.ofNullable(envelope));
        maybe(() -> b.grantSize(grantSize(currency, envelope)));
        maybe(() -> b.duration(monthRange()));
        maybe(() -> b.eligibleLegalForms(legalForms()));
        maybe(() -> b.requiredPartnerKinds(legalForms()));
        maybe(() -> b.eligibleCoverage(coverage()));
        maybe(() -> b.plannedGrants(1 + random.nextInt(50)));
        if (chance()) {
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                b.addLot(lot(currency, i));
            }
        }
        if (chance()) {
            CallResults.Builder r = CallResults.builder();
            int received = random.nextInt(200);
            maybe(() -> r.applicationsReceived(received));
            maybe(() -> r.applicationsSelected(random.nextInt(received + 1)));
            maybe(() -> r.announcedOn(date(year + 1)));
            b.results(r.build());
        }
        maybe(() -> b.themes(list(1, 2, this::classification)));
        maybe(() -> b.description(text()));
        return b.build();
    }

    private Lot lot(String currency, int number) {
        Lot.Builder b = Lot.builder().id("lot-" + number).title(text());
        maybe(() -> b.plannedGrants(1 + random.nextInt(20)));
        Money envelope = chance() ? amountBetween(currency, 100_000, 1_000_000) : null;
        b.envelope(java.util.Optional.ofNullable(envelope));
        maybe(() -> b.grantSize(grantSize(currency, envelope)));
        maybe(() -> b.eligibleLegalForms(legalForms()));
        return b.build();
    }

    private Application application(CallForProposals call, List<OrganisationId> organisations) {
        String currency = call.getEnvelope().map(Money::getCurrencyCode).orElse(pick(CURRENCIES));
        Application.Builder b = Application.builder().id(id("application")).call(call.getId())
                .partnership(partnership(organisations)).title(text()).statusHistory(statusHistory());
        if (!call.getLots().isEmpty() && chance()) {
            b.lot(pick(call.getLots()).getId());
        }
        maybe(() -> b.summary(text()));
        maybe(() -> b.coverage(coverage()));
        maybe(() -> b.requestedAmount(amountBetween(currency, 1, 500_000)));
        maybe(() -> b.coFinancing(amountBetween(currency, 0, 50_000)));
        maybe(() -> b.plannedPeriod(period()));
        maybe(() -> b.plannedDurationMonths(1 + random.nextInt(24)));
        maybe(() -> b.submittedAt(OffsetDateTime.of(2010 + random.nextInt(15), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(3) * 15, 0,
                ZoneOffset.ofHours(random.nextInt(13) - 6))));
        return b.build();
    }

    private Grant grant(List<CallForProposals> calls, List<String> projects, List<String> applications,
            List<OrganisationId> organisations) {
        Grant.Builder b = Grant.builder().id(id("grant")).title(text()).partnership(partnership(organisations));
        if (!calls.isEmpty() && (projects.isEmpty() || random.nextBoolean())) {
            CallForProposals call = pick(calls);
            b.call(call.getId());
            if (!call.getLots().isEmpty() && chance()) {
                b.lot(pick(call.getLots()).getId());
            }
            if (!projects.isEmpty() && chance()) {
                b.project(pick(projects));
            }
        } else {
            b.project(pick(projects));
        }
        if (!applications.isEmpty() && chance()) {
            b.application(pick(applications));
        }
        maybe(() -> b.description(text()));
        maybe(() -> b.amountAwarded(amountBetween(pick(CURRENCIES), 1, 2_000_000)));
        maybe(() -> b.awardDate(date(2010 + random.nextInt(15))));
        maybe(() -> b.period(period()));
        maybe(() -> b.coverage(coverage()));
        maybe(() -> b.status(pick(GrantStatus.values())));
        maybe(() -> b.targets(list(1, 3, this::target)));
        maybe(() -> b.themes(list(1, 2, this::classification)));
        return b.build();
    }

    /**
     * A partnership of existing organisations: exactly one lead, nobody twice.
     *
     * @param organisations the organisations to choose from, at least one
     * @return the partnership
     */
    public Partnership partnership(List<OrganisationId> organisations) {
        List<OrganisationId> shuffled = new ArrayList<>(organisations);
        java.util.Collections.shuffle(shuffled, random);
        int size = 1 + random.nextInt(Math.min(4, shuffled.size()));
        Partnership.Builder b = Partnership.builder();
        for (int i = 0; i < size; i++) {
            PartnerRole role = i == 0 ? PartnerRole.LEAD
                    : PartnerRole.values()[1 + random.nextInt(PartnerRole.values().length - 1)];
            Partner.Builder p = Partner.builder().organisation(shuffled.get(i)).role(role);
            maybe(() -> p.note(text()));
            b.addMember(p.build());
        }
        return b.build();
    }

    /** @return a status history that follows the legal transitions, starting at draft or submitted */
    public List<StatusChange> statusHistory() {
        List<StatusChange> history = new ArrayList<>();
        ApplicationStatus status = random.nextBoolean() ? ApplicationStatus.DRAFT : ApplicationStatus.SUBMITTED;
        int year = 2010 + random.nextInt(10);
        while (true) {
            history.add(StatusChange.of(status, chance() ? date(year++) : null));
            if (status.isFinal() || random.nextInt(4) == 0) {
                return history;
            }
            status = pick(status.getNext().toArray(new ApplicationStatus[0]));
        }
    }

    /** @return a text in one to three of ky, ru, en */
    public LocalizedText text() {
        Map<String, String> texts = new LinkedHashMap<>();
        do {
            if (random.nextBoolean()) {
                texts.put("ky", sentence(KY));
            }
            if (random.nextBoolean()) {
                texts.put("ru", sentence(RU));
            }
            if (random.nextBoolean()) {
                texts.put("en", sentence(EN));
            }
        } while (texts.isEmpty());
        return LocalizedText.of(texts);
    }

    /**
     * An amount with scale 0, 1 or 2.
     *
     * @param currency a currency with two decimals
     * @return the amount, zero or more
     */
    public Money money(String currency) {
        return amountBetween(currency, 0, 5_000_000);
    }

    private Money amountBetween(String currency, long min, long max) {
        long whole = min + (long) (random.nextDouble() * (max - min));
        int scale = random.nextInt(3);
        BigDecimal amount = BigDecimal.valueOf(whole).setScale(scale);
        if (scale > 0 && random.nextBoolean()) {
            amount = amount.add(BigDecimal.valueOf(random.nextInt(scale == 1 ? 10 : 100), scale));
        }
        if (amount.signum() == 0 && min > 0) {
            amount = BigDecimal.ONE;
        }
        return Money.of(amount, currency);
    }

    private MoneyRange grantSize(String currency, Money envelope) {
        long cap = envelope == null ? 1_000_000 : Math.max(1, envelope.getAmount().longValue());
        Money max = amountBetween(currency, 1, cap);
        Money min = chance() ? Money.of(BigDecimal.valueOf(random.nextInt((int) Math.min(cap, 1000)) + 0L),
                currency) : null;
        if (min != null && min.compareTo(max) > 0) {
            min = null;
        }
        return random.nextInt(5) == 0 ? MoneyRange.of(min == null ? Money.zero(currency) : min, null)
                : MoneyRange.of(min, max);
    }

    private MonthRange monthRange() {
        int min = 1 + random.nextInt(12);
        switch (random.nextInt(3)) {
            case 0:
                return MonthRange.of(min, null);
            case 1:
                return MonthRange.of(null, min);
            default:
                return MonthRange.of(min, min + random.nextInt(12));
        }
    }

    /**
     * A partial date of a random precision in a year.
     *
     * @param year the year
     * @return the date
     */
    public PartialDate date(int year) {
        switch (random.nextInt(3)) {
            case 0:
                return PartialDate.ofYear(year);
            case 1:
                return PartialDate.of(year, 1 + random.nextInt(12));
            default:
                return PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
    }

    /** @return a period: open at either end or closed, with dates of any precision */
    public DatePeriod period() {
        int year = 2000 + random.nextInt(25);
        switch (random.nextInt(3)) {
            case 0:
                return DatePeriod.startingFrom(date(year));
            case 1:
                return DatePeriod.endingOn(date(year));
            default:
                return DatePeriod.of(date(year), date(year + 1 + random.nextInt(3)));
        }
    }

    /** @return a coverage of any kind: not stated, nationwide, or units with or without shares */
    public RegionalCoverage coverage() {
        switch (random.nextInt(4)) {
            case 0:
                return RegionalCoverage.notStated();
            case 1:
                return RegionalCoverage.nationwide(random.nextBoolean() ? "KG" : "KZ");
            case 2:
                return RegionalCoverage.of(distinctUnits(1 + random.nextInt(4)));
            default:
                List<UnitRef> units = distinctUnits(1 + random.nextInt(4));
                List<Map.Entry<UnitRef, BigDecimal>> shares = new ArrayList<>();
                int scale = random.nextInt(3);
                long total = 100L * (long) Math.pow(10, scale);
                long left = total;
                for (int i = 0; i < units.size(); i++) {
                    long part = i == units.size() - 1 ? left
                            : 1 + (long) (random.nextDouble() * (left - (units.size() - i)));
                    left -= part;
                    shares.add(new AbstractMap.SimpleEntry<>(units.get(i), BigDecimal.valueOf(part, scale)));
                }
                return RegionalCoverage.ofUnits(shares);
        }
    }

    private List<UnitRef> distinctUnits(int count) {
        Set<UnitRef> units = new LinkedHashSet<>();
        while (units.size() < count) {
            units.add(unit());
        }
        return new ArrayList<>(units);
    }

    /** @return an ISO 3166-2 region or a SOATE code */
    public UnitRef unit() {
        return random.nextBoolean() ? UnitRef.of(UnitRef.ISO_3166_2, pick(REGIONS))
                : UnitRef.soate("417" + (10000000000L + (long) (random.nextDouble() * 89999999999L)));
    }

    /** @return a classification, with a label half of the time */
    public Classification classification() {
        return random.nextBoolean() ? Classification.of(Classification.OECD_DAC_CRS, "15" + (100 + random.nextInt(99)))
                : Classification.of(Classification.KICHI_THEME, word(EN).replaceAll("[^A-Za-z]", "") + "x", text());
    }

    private Set<LegalForm> legalForms() {
        Set<LegalForm> forms = new LinkedHashSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            forms.add(pick(LegalForm.values()));
        }
        return forms;
    }

    private String id(String kind) {
        return kind + "-" + (++serial) + (random.nextBoolean() ? "" : ":" + random.nextInt(100) + "/x_y.z");
    }

    private String sentence(String[] words) {
        StringBuilder s = new StringBuilder(word(words));
        for (int i = random.nextInt(5); i > 0; i--) {
            s.append(' ').append(word(words));
        }
        return s.toString();
    }

    private String word(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = min + random.nextInt(max - min + 1);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    private boolean chance() {
        return random.nextBoolean();
    }

    private void maybe(Runnable action) {
        if (random.nextBoolean()) {
            action.run();
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    private <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }
}
