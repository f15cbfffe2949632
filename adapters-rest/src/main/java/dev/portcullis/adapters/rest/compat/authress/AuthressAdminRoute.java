package dev.portcullis.adapters.rest.compat.authress;

import io.micronaut.http.annotation.FilterMatcher;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the surface's routes that take the admin API's bearer token, which {@link AuthressAdminFilter} guards.
 * Matching by the route's annotation rather than by path patterns keeps the filter off every other request.
 */
@FilterMatcher
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface AuthressAdminRoute {
}
