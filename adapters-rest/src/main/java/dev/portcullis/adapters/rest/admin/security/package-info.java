/** Protection of the admin API with bearer tokens this server issued (micronaut-security-jwt). */
package dev.portcullis.adapters.rest.admin.security;
