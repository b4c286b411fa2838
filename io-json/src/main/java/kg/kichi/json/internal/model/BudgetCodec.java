package kg.kichi.json.internal.model;

import kg.kichi.core.application.Budget;
import kg.kichi.json.internal.codec.Codec;
import kg.kichi.json.internal.codec.ObjectCodec;
import kg.kichi.json.internal.value.MoneyCodec;

/** {@link Budget} of an application, each member optional. */
public final class BudgetCodec {
    /** The codec: its members in the order written. */
    public static final Codec<Budget> INSTANCE = ObjectCodec.of(Budget::builder, Budget.Builder::build)
            .optional("totalCost", MoneyCodec.INSTANCE, Budget::getTotalCost, Budget.Builder::totalCost)
            .optional("directCosts", MoneyCodec.INSTANCE, Budget::getDirectCosts, Budget.Builder::directCosts)
            .optional("indirectCosts", MoneyCodec.INSTANCE, Budget::getIndirectCosts, Budget.Builder::indirectCosts)
            .extensions(Budget::getExtensions, Budget.Builder::extensions);

    private BudgetCodec() {}
}
