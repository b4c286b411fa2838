package kg.kichi.json.giving360;

import java.util.List;
import java.util.Map;
import kg.kichi.core.Extensible;
import kg.kichi.core.classification.Classification;
import kg.kichi.core.grant.Grant;
import kg.kichi.core.time.DatePeriod;
import kg.kichi.core.time.DatePrecision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 360Giving form of what the model holds of a grant that was read from 360Giving, shared by the reader and the
 * exporter so that the round trip holds by construction: the reader keeps a member as an extension
 * ({@value #PREFIX} and its name, its JSON text) exactly when this rendering of the model would not give it back,
 * and a faithful export is this rendering with the extensions laid over it.
 */
final class Faithful {
    /** The prefix of the extension names under which 360Giving members are kept. */
    static final String PREFIX = "360Giving:";
    /** The extension holding the grant's (or organisation's) 360Giving identifier; marks a grant read from 360Giving. */
    static final String ID = PREFIX + "id";

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Faithful() {}

    /** An organisation as a 360Giving grant names it. */
    record Org(String id, String name) {}

    /** A grant programme as a 360Giving grant names it; either part may be null. */
    record Programme(String code, String title) {}

    /**
     * @param value an object of the model
     * @return whether it was read from 360Giving
     */
    static boolean isFrom360Giving(Extensible value) {
        return value.getExtensions().containsKey(ID);
    }

    /** The members {@link #render} may give, in the order it gives them. */
    private static final List<String> RENDERED = List.of("title", "description", "currency", "amountAwarded",
            "awardDate", "plannedDates", "recipientOrganization", "fundingOrganization", "grantProgramme",
            "classifications");

    /**
     * The members the model holds of a grant.
     *
     * @param grant the grant
     * @param recipients its recipients, lead first
     * @param funders its funders, in order
     * @param programme its programme, or null
     * @return the members, without {@code id} (always kept as an extension)
     */
    static ObjectNode render(Grant grant, List<Org> recipients, List<Org> funders, Programme programme) {
        ObjectNode out = NODES.objectNode();
        for (String name : RENDERED) {
            JsonNode value = render(name, grant, recipients, funders, programme);
            if (value != null) {
                out.set(name, value);
            }
        }
        return out;
    }

    /**
     * One member of the {@linkplain #render(Grant, List, List, Programme) rendering}, so that a reader comparing
     * a grant's members with the model renders only those the grant has.
     *
     * @param name a member name
     * @param grant the grant
     * @param recipients its recipients, lead first
     * @param funders its funders, in order
     * @param programme its programme, or null
     * @return the member's value in the rendering, or null when the rendering has no such member
     */
    static JsonNode render(String name, Grant grant, List<Org> recipients, List<Org> funders, Programme programme) {
        switch (name) {
            case "title":
                return NODES.stringNode(grant.getTitle().resolve());
            case "description":
                return grant.getDescription().map(d -> NODES.stringNode(d.resolve())).orElse(null);
            case "currency":
                return grant.getAmountAwarded().map(money -> NODES.stringNode(money.getCurrencyCode())).orElse(null);
            case "amountAwarded":
                return grant.getAmountAwarded().map(money -> NODES.numberNode(money.getAmount())).orElse(null);
            case "awardDate":
                return grant.getAwardDate().filter(d -> d.getPrecision() == DatePrecision.DAY)
                        .map(d -> NODES.stringNode(d.toString())).orElse(null);
            case "plannedDates":
                return grant.getPeriod().map(Faithful::plannedDates).orElse(null);
            case "recipientOrganization":
                return recipients.isEmpty() ? null : organisations(recipients);
            case "fundingOrganization":
                return funders.isEmpty() ? null : organisations(funders);
            case "grantProgramme":
                return programme == null ? null : grantProgramme(programme);
            case "classifications":
                return grant.getThemes().isEmpty() ? null : classifications(grant.getThemes());
            default:
                return null;
        }
    }

    private static ArrayNode grantProgramme(Programme programme) {
        ArrayNode out = NODES.arrayNode();
        ObjectNode entry = out.addObject();
        if (programme.code() != null) {
            entry.put("code", programme.code());
        }
        if (programme.title() != null) {
            entry.put("title", programme.title());
        }
        return out;
    }

    private static ArrayNode classifications(List<Classification> themes) {
        ArrayNode out = NODES.arrayNode();
        for (Classification theme : themes) {
            ObjectNode entry = out.addObject().put("vocabulary", theme.getVocabulary()).put("code", theme.getCode());
            theme.getLabel().ifPresent(label -> entry.put("title", label.resolve()));
        }
        return out;
    }

    /**
     * A grant as 360Giving: the rendering of the model with the kept members laid over it, in the order of the
     * kept members (the identifier first), then the rest.
     *
     * @param grant the grant
     * @param recipients its recipients
     * @param funders its funders
     * @param programme its programme, or null
     * @return the grant
     */
    static ObjectNode write(Grant grant, List<Org> recipients, List<Org> funders, Programme programme) {
        ObjectNode rendered = render(grant, recipients, funders, programme);
        ObjectNode out = NODES.objectNode();
        overlay(out, grant.getExtensions());
        rendered.properties().forEach(member -> {
            if (!out.has(member.getKey())) {
                out.set(member.getKey(), member.getValue());
            }
        });
        return out;
    }

    /**
     * Adds the kept 360Giving members of an object of the model.
     *
     * @param out the 360Giving object
     * @param extensions the model object's extensions; those without the prefix are not 360Giving's
     */
    static void overlay(ObjectNode out, Map<String, String> extensions) {
        for (Map.Entry<String, String> e : extensions.entrySet()) {
            if (e.getKey().startsWith(PREFIX)) {
                out.set(e.getKey().substring(PREFIX.length()), MAPPER.readTree(e.getValue()));
            }
        }
    }

    /**
     * @param extensions extensions of a model object
     * @param name a 360Giving member name
     * @return the member's kept string value, or null when not kept or not a string
     */
    static String keptString(Map<String, String> extensions, String name) {
        String text = extensions.get(PREFIX + name);
        if (text == null) {
            return null;
        }
        JsonNode node = MAPPER.readTree(text);
        return node.isString() ? node.asString() : null;
    }

    /**
     * The JSON text of a value, as kept in an extension: compact, as Jackson writes it. Written directly rather than
     * through a generator, as a grant's kept members are many small values.
     *
     * @param value a value
     * @return its JSON text
     */
    static String text(JsonNode value) {
        if (value.isString()) {
            return quote(new StringBuilder(value.asString().length() + 2), value.asString()).toString();
        }
        StringBuilder out = new StringBuilder();
        return write(out, value) ? out.toString() : MAPPER.writeValueAsString(value);
    }

    /** @return false when the value holds a kind of node only a generator writes as Jackson does (a double) */
    private static boolean write(StringBuilder out, JsonNode value) {
        switch (value.getNodeType()) {
            case STRING:
                quote(out, value.asString());
                return true;
            case OBJECT:
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonNode> member : value.properties()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quote(out, member.getKey()).append(':');
                    if (!write(out, member.getValue())) {
                        return false;
                    }
                }
                out.append('}');
                return true;
            case ARRAY:
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (!write(out, value.get(i))) {
                        return false;
                    }
                }
                out.append(']');
                return true;
            case NUMBER:
                if (!value.isIntegralNumber() && !value.isBigDecimal()) {
                    return false;
                }
                out.append(value.numberValue()); // BigDecimal.toString, as Jackson writes it by default
                return true;
            case BOOLEAN:
                out.append(value.asBoolean());
                return true;
            case NULL:
                out.append("null");
                return true;
            default:
                return false;
        }
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        if (isPlain(text)) {
            out.append(text); // most texts: nothing to escape, copied whole
        } else {
            tools.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text, out);
        }
        return out.append('"');
    }

    /** @return whether the text is printable ASCII without a quote or a backslash: written as it is */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static ArrayNode plannedDates(DatePeriod period) {
        ArrayNode dates = NODES.arrayNode();
        ObjectNode event = dates.addObject();
        period.getStart().ifPresent(start -> event.put("startDate", start.toString()));
        period.getEnd().ifPresent(end -> event.put("endDate", end.toString()));
        return dates;
    }

    private static ArrayNode organisations(List<Org> organisations) {
        ArrayNode out = NODES.arrayNode();
        organisations.forEach(o -> out.addObject().put("id", o.id()).put("name", o.name()));
        return out;
    }
}
