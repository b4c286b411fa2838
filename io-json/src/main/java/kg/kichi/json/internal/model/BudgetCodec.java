package kg.kichi.json.internal.model;

import static kg.kichi.json.internal.codec.Members.member;

import java.util.Optional;
import kg.kichi.core.application.Budget;
import kg.kichi.core.money.Money;
import kg.kichi.core.validation.InvalidModelException;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.Cursor;
import kg.kichi.json.internal.codec.Fields;
import kg.kichi.json.internal.codec.Members;
import kg.kichi.json.internal.codec.Members.Member;
import kg.kichi.json.internal.codec.Out;
import kg.kichi.json.internal.value.MoneyCodec;
import tools.jackson.core.JsonGenerator;

/** {@link Budget} of an application: {@code totalCost, directCosts, indirectCosts}, each optional. */
public final class BudgetCodec implements Codec<Budget> {
    /** The instance. */
    public static final BudgetCodec INSTANCE = new BudgetCodec();

    private static final Member<Money> TOTAL = member("totalCost", MoneyCodec.INSTANCE);
    private static final Member<Money> DIRECT = member("directCosts", MoneyCodec.INSTANCE);
    private static final Member<Money> INDIRECT = member("indirectCosts", MoneyCodec.INSTANCE);
    private static final Members MEMBERS = Members.of(TOTAL, DIRECT, INDIRECT);

    private BudgetCodec() {}

    @Override
    public Budget read(Cursor in) {
        Fields f = in.object(MEMBERS);
        if (f == null) {
            return null;
        }
        Money total = f.get(TOTAL);
        Money direct = f.get(DIRECT);
        Money indirect = f.get(INDIRECT);
        var extensions = f.extensions();
        try {
            Budget.Builder b = Budget.builder().totalCost(Optional.ofNullable(total))
                    .directCosts(Optional.ofNullable(direct)).indirectCosts(Optional.ofNullable(indirect));
            if (!extensions.isEmpty()) {
                b.extensions(extensions);
            }
            return f.built(b.build());
        } catch (InvalidModelException e) {
            return f.invalid(e);
        }
    }

    @Override
    public void write(Budget value, JsonGenerator out) {
        out.writeStartObject();
        Out.optional(out, "totalCost", value.getTotalCost(), MoneyCodec.INSTANCE);
        Out.optional(out, "directCosts", value.getDirectCosts(), MoneyCodec.INSTANCE);
        Out.optional(out, "indirectCosts", value.getIndirectCosts(), MoneyCodec.INSTANCE);
        Out.extensions(out, value.getExtensions());
        out.writeEndObject();
    }
}
