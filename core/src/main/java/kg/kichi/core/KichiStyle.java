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
 * Null and mandatory-attribute checks are left to the Bean Validation constraints, which run in every
 * type's {@code @Value.Check}: a builder reports every violation of an object at once, never just the first.
 * A builder allocates a collection attribute's list or map only when it is given one
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
        allowedClasspathAnnotations = {Override.class, org.immutables.value.Generated.class},
        defaults = @Value.Immutable(copy = true, prehash = false))
public @interface KichiStyle {}
