package kg.kichi.json.giving360;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random 360Giving 1.4 packages that the schema accepts and that use every member of the package and grant
 * schemas (each optional member with probability one half), plus publisher columns of their own. Grants go to
 * organisations (Kichi does not read grants to individuals); titles and names are not blank.
 */
final class Giving360Packages {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> CURRENCIES = List.of("GBP", "KGS", "USD", "EUR", "JPY");
    private static final List<String[]> FUNDERS = List.of(
            new String[] {"GB-CHC-1000001", "Funding Providers UK", "Funding Providers"},
            new String[] {"GB-COH-RC000000", "University of UK", "The University of UK"},
            new String[] {"360G-fundingproviders-org-7", "Small Fund", "Small Fund Trust"},
            new String[] {"XI-EORI-EU123", "European Union", "EU"});
    private static final List<String[]> RECIPIENTS = List.of(
            new String[] {"KG-INN-02404199910074", "ОО «Тынчтык»", "Тынчтык коомдук бирикмеси"},
            new String[] {"GB-CHC-1234567", "Company Name Limited", "Company Name Ltd"},
            new String[] {"360G-fundingproviders-ORG:12/3", "Miss Jane Roe's Group", "J. Roe group"},
            new String[] {"KG-OKPO-12345678", "Нарын экономикалык өнүктүрүү борбору", "Naryn EDC"},
            new String[] {"GB-SC-SC012345", "Scottish Charity", "Scottish Charity (SC)"});
    private static final List<String[]> PLACES = List.of(
            new String[] {"KG", "KG-N", null, "Naryn"},
            new String[] {"KG", null, null, "Нарын"},
            new String[] {"KG", null, null, "Каракол"},
            new String[] {"GB", "E09000033", "LONB", "Westminster"},
            new String[] {"GB", "S12000036", "CA", "City of Edinburgh"},
            new String[] {"KG", "41702000000000", "SOATE", "Иссык-Кульская область"});
    private static final List<String> WORDS = List.of("youth", "media", "water", "council", "art", "schools",
            "ынтымак", "жаштар", "открытые", "общины", "Naryn", "Osh");

    private final Random random;

    Giving360Packages(long seed) {
        this.random = new Random(seed);
    }

    /** @return a package of 1 to 6 grants */
    ObjectNode pack() {
        ObjectNode pack = NODES.objectNode();
        maybe(() -> pack.put("version", "1.4"));
        maybe(() -> pack.put("title", words(3)));
        maybe(() -> pack.put("description", words(8)));
        maybe(() -> pack.put("identifier", "pack-" + random.nextInt(1000)));
        maybe(() -> pack.put("issued", random.nextBoolean() ? date() : dateTime()));
        maybe(() -> pack.put("modified", dateTime()));
        maybe(() -> {
            ObjectNode publisher = pack.putObject("publisher").put("name", words(2));
            maybe(() -> publisher.put("identifier", FUNDERS.get(0)[0]));
            maybe(() -> publisher.put("website", "https://example.org/"));
            maybe(() -> publisher.put("logo", "https://example.org/logo.png"));
        });
        maybe(() -> pack.put("downloadURL", "https://example.org/grants.json"));
        maybe(() -> pack.put("accessURL", "https://example.org/data"));
        maybe(() -> pack.put("license", "https://creativecommons.org/licenses/by/4.0/"));
        maybe(() -> pack.putArray("extensions").add("https://example.org/ext-a").add("https://example.org/ext-b"));
        maybe(() -> pack.put("x-note", words(2)));
        ArrayNode grants = pack.putArray("grants");
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            grants.add(grant(i));
        }
        return pack;
    }

    ObjectNode grant(int index) {
        ObjectNode g = NODES.objectNode();
        g.put("id", "360G-fundingproviders-" + index + (random.nextBoolean() ? "/X/00/X" : ""));
        g.put("title", words(1 + random.nextInt(4)));
        g.put("description", random.nextInt(5) == 0 ? "" : words(6));
        String currency = pick(CURRENCIES);
        g.put("currency", currency);
        g.put("amountAwarded", amount());
        g.put("awardDate", random.nextBoolean() ? date() : dateTime());
        maybe(() -> g.put("amountAppliedFor", amount()));
        maybe(() -> g.put("amountDisbursed", amount()));
        maybe(() -> g.put("url", "https://example.org/grants/" + index));
        maybe(() -> g.set("plannedDates", events()));
        maybe(() -> g.set("actualDates", events()));
        g.set("recipientOrganization", organisations(RECIPIENTS, true));
        g.set("fundingOrganization", organisations(FUNDERS, false));
        maybe(() -> {
            ObjectNode details = g.putObject("toIndividualsDetails").put("primaryGrantReason", "GTIR010");
            maybe(() -> details.put("secondaryGrantReason", "GTIR020"));
            maybe(() -> details.putArray("grantPurpose").add("GTIP010"));
        });
        maybe(() -> g.set("beneficiaryLocation", locations()));
        maybe(() -> {
            ArrayNode programmes = g.putArray("grantProgramme");
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                ObjectNode p = programmes.addObject();
                maybe(() -> p.put("code", "AAC" + random.nextInt(3)));
                p.put("title", random.nextBoolean() ? "Awards Funding Committee" : words(2));
                maybe(() -> p.put("description", words(4)));
                maybe(() -> p.put("url", random.nextBoolean() ? null : "https://example.org/p"));
                maybe(() -> p.put("dateModified", dateTime()));
            }
        });
        maybe(() -> g.put("fromOpenCall", random.nextBoolean() ? "Yes" : "No"));
        maybe(() -> g.set("fundingType", classifications()));
        maybe(() -> g.set("classifications", classifications()));
        maybe(() -> {
            ObjectNode d = g.putArray("relatedDocument").addObject().put("id", "doc-" + random.nextInt(9));
            maybe(() -> d.put("title", words(2)));
            maybe(() -> d.put("url", random.nextBoolean() ? null : "https://example.org/doc.pdf"));
            maybe(() -> d.put("description", words(3)));
            maybe(() -> d.put("documentType", random.nextBoolean() ? null : "report"));
            maybe(() -> d.put("dateModified", dateTime()));
        });
        for (String kind : List.of("applicationTransaction", "commitmentTransaction", "disbursementTransaction")) {
            maybe(() -> {
                ObjectNode t = g.putArray(kind).addObject().put("id", "t-" + random.nextInt(99));
                maybe(() -> t.put("transactionDate", random.nextBoolean() ? date() : dateTime()));
                maybe(() -> t.put("currency", currency));
                maybe(() -> t.put("value", amount()));
                maybe(() -> t.put("valueDate", date()));
                maybe(() -> t.put("provider", random.nextBoolean() ? null : "GB-CHC-1000001"));
                maybe(() -> t.put("recipient", random.nextBoolean() ? null : "GB-CHC-1234567"));
                maybe(() -> t.put("dateModified", dateTime()));
            });
        }
        maybe(() -> g.putArray("relatedActivity").add("360G-other-" + random.nextInt(99)));
        maybe(() -> g.put("dateModified", dateTime()));
        maybe(() -> g.put("dataSource", random.nextBoolean() ? null : "https://example.org/source"));
        maybe(() -> g.put("regrantType", "FRG0" + (1 + random.nextInt(7)) + "0"));
        maybe(() -> g.put("locationScope", pick(List.of("GLS010", "GLS030", "GLS040", "GLS060", "GLS099"))));
        maybe(() -> g.put("Website", "https://example.org/" + random.nextInt(99)));
        maybe(() -> g.put("Co-applicant(s)", "Miss Hypatia Alexandria, Mr Thomas Aquinas"));
        maybe(() -> g.put("Grant type", random.nextBoolean() ? "Large Awards" : null));
        maybe(() -> g.putObject("Custom ~/ nested").put("n", 2.50).putArray("a").add(1e20).add(-0.0).add(true));
        return g;
    }

    private ArrayNode organisations(List<String[]> pool, boolean details) {
        ArrayNode out = NODES.arrayNode();
        int n = 1 + (random.nextInt(4) == 0 ? 1 : 0);
        int first = random.nextInt(pool.size());
        for (int i = 0; i < n; i++) {
            String[] o = pool.get((first + i) % pool.size());
            ObjectNode entry = out.addObject().put("id", o[0]).put("name", random.nextInt(4) == 0 ? o[2] : o[1]);
            if (details) {
                maybe(() -> entry.put("addressLocality", "London"));
                maybe(() -> entry.put("charityNumber", "1234567"));
                maybe(() -> entry.put("companyNumber", "RC000000"));
                maybe(() -> entry.put("organisationType", random.nextBoolean() ? null : "Registered Charity"));
                maybe(() -> entry.put("url", "https://example.org/org"));
                maybe(() -> entry.set("location", locations()));
                maybe(() -> entry.put("dateModified", dateTime()));
                for (String member : List.of("department", "contactName", "streetAddress", "addressRegion",
                        "addressCountry", "postalCode", "telephone", "alternateName", "email", "description")) {
                    if (random.nextInt(6) == 0) {
                        entry.put(member, words(1));
                    }
                }
            } else {
                maybe(() -> entry.put("department", words(2)));
            }
        }
        return out;
    }

    private ArrayNode locations() {
        ArrayNode out = NODES.arrayNode();
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            String[] place = pick(PLACES);
            ObjectNode l = out.addObject();
            maybe(() -> l.put("id", "loc-" + random.nextInt(99)));
            l.put("name", place[3]);
            l.put("countryCode", place[0]);
            if (place[1] != null) {
                l.put("geoCode", place[1]);
            }
            if (place[2] != null) {
                l.put("geoCodeType", place[2]);
            }
            maybe(() -> l.put("latitude", random.nextBoolean() ? null : new BigDecimal("41.4287")));
            maybe(() -> l.put("longitude", new BigDecimal("75.9911")));
            maybe(() -> l.put("description", words(2)));
            maybe(() -> l.put("dateModified", dateTime()));
        }
        return out;
    }

    private ArrayNode events() {
        ArrayNode out = NODES.arrayNode();
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            ObjectNode e = out.addObject();
            int year = 2015 + random.nextInt(8);
            maybe(() -> e.put("startDate", anyDate(year)));
            maybe(() -> e.put("endDate", anyDate(year + 1 + random.nextInt(2))));
            maybe(() -> e.put("duration", random.nextInt(36)));
            maybe(() -> e.put("dateModified", dateTime()));
        }
        return out;
    }

    private ArrayNode classifications() {
        ArrayNode out = NODES.arrayNode();
        ObjectNode c = out.addObject();
        maybe(() -> c.put("vocabulary", random.nextBoolean() ? "oecd-dac-crs" : "Funder categories"));
        maybe(() -> c.put("code", random.nextBoolean() ? "15150" : "Arts & culture"));
        maybe(() -> c.put("title", words(2)));
        maybe(() -> c.put("description", words(3)));
        maybe(() -> c.put("url", random.nextBoolean() ? null : "https://example.org/c"));
        maybe(() -> c.put("dateModified", dateTime()));
        return out;
    }

    private BigDecimal amount() {
        switch (random.nextInt(6)) {
            case 0:
                return BigDecimal.valueOf(random.nextInt(1_000_000));
            case 1:
                return BigDecimal.valueOf(random.nextInt(10_000_000), 2);
            case 2:
                return BigDecimal.ZERO;
            case 3:
                return BigDecimal.valueOf(-random.nextInt(1000));
            case 4:
                return new BigDecimal("1523.505"); // more decimals than most currencies have
            default:
                return new BigDecimal("2.50");
        }
    }

    private String anyDate(int year) {
        switch (random.nextInt(4)) {
            case 0:
                return String.valueOf(year);
            case 1:
                return String.format("%d-%02d", year, 1 + random.nextInt(12));
            case 2:
                return String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            default:
                return dateTime(year);
        }
    }

    private String date() {
        return String.format("%d-%02d-%02d", 2010 + random.nextInt(15), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private String dateTime() {
        return dateTime(2010 + random.nextInt(15));
    }

    private String dateTime(int year) {
        String offset = pick(List.of("Z", "+06:00", "-05:00", "+00:00", "+05:45"));
        return String.format("%d-%02d-%02dT%02d:%02d:%02d%s%s", year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextBoolean() ? "" : ".25",
                offset);
    }

    private String words(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return out.toString();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private void maybe(Runnable add) {
        if (random.nextBoolean()) {
            add.run();
        }
    }
}
