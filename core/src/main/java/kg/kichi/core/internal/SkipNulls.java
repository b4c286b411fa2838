package kg.kichi.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a collection or map attribute of a value type whose generated builder skips a null element, key or value
 * instead of storing it: Immutables recognises the annotation by its simple name. It carries Kichi's null rule
 * (see {@link kg.kichi.core.KichiStyle}) to adders and puts: a null handed to a builder is "not given", so
 * {@code addPartner(null)} adds nothing, as {@code envelope(null)} sets nothing. Read by the annotation processor
 * only, so it leaves no trace in the class files.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface SkipNulls {}
