package io.orderflow.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that takes a file as its body ({@code application/octet-stream}, {@code image/*},
 * {@code application/pdf}): the platform's hygiene leaves that body to the method, neither read in advance nor checked
 * as UTF-8, and the method bounds what it reads itself (its own size limit, before it looks at the content). The
 * path, the query, the origin and the declared media type are checked as for every call.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BinaryBody {
}
