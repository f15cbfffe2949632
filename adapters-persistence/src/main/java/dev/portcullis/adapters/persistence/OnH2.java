package dev.portcullis.adapters.persistence;

import io.micronaut.context.annotation.Requires;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Active for JDBC storage on H2 ({@code datasources.default.dialect: H2}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JdbcStorage
@Requires(property = "datasources.default.dialect", value = "H2")
public @interface OnH2 {
}
