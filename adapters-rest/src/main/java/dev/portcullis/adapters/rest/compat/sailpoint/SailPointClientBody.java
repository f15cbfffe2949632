package dev.portcullis.adapters.rest.compat.sailpoint;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OAuth client as SailPoint's API shows it ({@code GetOAuthClientResponse}, and {@code CreateOAuthClientResponse}
 * with the {@code secret}, which only the creation's answer carries). Members without a value are {@code null},
 * not left out, as SailPoint sends them.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SailPointClientBody(
        String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String secret,
        @Nullable String businessName,
        @Nullable String homepageUrl,
        String name,
        @Nullable String description,
        @Nullable Long accessTokenValiditySeconds,
        @Nullable Long refreshTokenValiditySeconds,
        List<String> redirectUris,
        List<String> grantTypes,
        String accessType,
        String type,
        boolean internal,
        boolean enabled,
        boolean strongAuthSupported,
        boolean claimsSupported,
        String created,
        String modified,
        @Nullable String lastUsed,
        List<String> scope,
        @Nullable String tenant) {

    /** This body without the secret. */
    SailPointClientBody withoutSecret() {
        return new SailPointClientBody(id, null, businessName, homepageUrl, name, description, accessTokenValiditySeconds,
                refreshTokenValiditySeconds, redirectUris, grantTypes, accessType, type, internal, enabled,
                strongAuthSupported, claimsSupported, created, modified, lastUsed, scope, tenant);
    }

    /** The members as plain Java JSON values, every one present: the document a JSON Patch applies to. */
    Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("id", id);
        members.put("businessName", businessName);
        members.put("homepageUrl", homepageUrl);
        members.put("name", name);
        members.put("description", description);
        members.put("accessTokenValiditySeconds", accessTokenValiditySeconds);
        members.put("refreshTokenValiditySeconds", refreshTokenValiditySeconds);
        members.put("redirectUris", redirectUris);
        members.put("grantTypes", grantTypes);
        members.put("accessType", accessType);
        members.put("type", type);
        members.put("internal", internal);
        members.put("enabled", enabled);
        members.put("strongAuthSupported", strongAuthSupported);
        members.put("claimsSupported", claimsSupported);
        members.put("created", created);
        members.put("modified", modified);
        members.put("lastUsed", lastUsed);
        members.put("scope", scope);
        members.put("tenant", tenant);
        return members;
    }
}
