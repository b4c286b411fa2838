package kg.kichi.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the model.
 *
 * <p>Abstract types are named {@code AbstractX} and declare JavaBeans accessors ({@code getX()}, {@code isX()}),
 * so that any Bean Validation provider, configured by default, sees the constraints placed on them. The
 * generated public type is named {@code X}, with a builder ({@code X.builder()}) and {@code withX} copies.
 *
 * <p>One naming rule holds for every public type of Kichi, generated or written by hand (as java.time and
 * Joda-Money do): a property, stored or derived from others ({@code Application.getStatus()}, the last status of
 * its history), is read by {@code getX()} or {@code isX()}, a yes-or-no question may be {@code hasX()}; a
 * conversion is {@code toX()} or {@code asX()}; a copy with one thing changed is {@code withX(..)}; an
 * operation is a verb or an adjective ({@code plus}, {@code negated}). {@code AccessorNamingTest} holds every
 * exported type to it.
 * Mandatory-attribute checks are left to the Bean Validation constraints, which run in every
 * type's {@code @Value.Check}: a builder reports every violation of an object at once, never just the first.
 *
 * <h2>Null means "not given"</h2>
 * One rule for null holds for every builder method and factory of Kichi, generated or written by hand:
 * <strong>a builder method handed a null value leaves that value unset (an adder or a put adds nothing, a
 * defaulted attribute keeps its default), and {@code build()} reports every mandatory value not given, together
 * with all other violations; a factory ({@code of}, {@code parse}, {@code from}…) handed null for a value it needs,
 * or any method handed null where it needs a container (an {@code Optional}, a collection, an array, a map or map
 * entry, an object to copy from), throws {@link NullPointerException} at once, naming the parameter.</strong> A
 * factory parameter documented "or null" is optional: null there is "not given" too. So
 * {@code Lot.builder().id(null)} and
 * {@code Lot.builder()} build alike (both report {@code id} as required), {@code .lot((String) null)} and
 * {@code .envelope((Money) null)} leave the attribute empty ({@code optionalAcceptNullable}), and
 * {@code addEligibleLegalForm(null)} or {@code putExtension("x-a", null)} add nothing (every collection attribute
 * carries {@code @SkipNulls}), and a defaulted attribute handed null (a coverage, a weight) is given its default by
 * the type's normalising {@code @Value.Check}. A copy method ({@code withX}) handed null does what a builder from
 * the same object does. Why this rule: the generated setters are {@code final}, and with
 * {@code validationMethod = NONE} (which lets {@code build()} report all violations rather than an
 * {@code IllegalStateException} for the first missing attribute) a setter cannot refuse null; every other
 * builder method is made to agree with it. An {@code Optional}, a collection or a map has its own way to say
 * "nothing" (empty), so a null one is a programming error. {@code NullRuleTest} holds every builder method and
 * every factory of the exported packages to this rule. Limits of the generated code, stated rather than hidden: a
 * null array handed to a varargs adder, and a null container handed to a copy method, get the JVM's own
 * {@code NullPointerException}, whose message names a local variable, not the parameter; and the one list with a
 * default (a selection policy's tie-break chain) becomes explicit at the first adder call, so
 * {@code addTieBreak(null)} leaves an explicit, empty chain.
 *
 * <p>A builder allocates a collection attribute's list or map only when it is given one
 * ({@code deferCollectionAllocation}): a reader that leaves an empty attribute (such as the extensions of an object
 * without unknown members) unset spares every object read that allocation.
 * Every generated class carries Immutables' own {@code @Generated} (class-file retention, like the
 * {@code @Value} annotations the abstract types already carry, so nothing is needed at run time): tools that skip
 * generated code by that annotation, such as PIT's mutation testing, then measure only the hand-written code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        typeAbstract = "Abstract*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        jdkOnly = true,
        deferCollectionAllocation = true,
        depluralize = true,
        depluralizeDictionary = {"activity:activities", "party:parties", "lot:lots", "alias:aliases", "criterion:criteria"},
        validationMethod = Value.Style.ValidationMethod.NONE,
        optionalAcceptNullable = true,
        allowedClasspathAnnotations = {Override.class, org.immutables.value.Generated.class},
        defaults = @Value.Immutable(copy = true, prehash = false))
public @interface KichiStyle {}
