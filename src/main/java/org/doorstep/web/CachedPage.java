package org.doorstep.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a portal page that is the same for every visitor who is not signed in, so that its rendered bytes may be
 * served again until one of its {@link PageSource sources} changes ({@link RenderedPages#changed}). Only for pages
 * that read nothing personal and change only when their sources do; never for search or forms.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CachedPage {

    /** What the page shows; none for a page made of its template alone. */
    PageSource[] value() default {};
}
