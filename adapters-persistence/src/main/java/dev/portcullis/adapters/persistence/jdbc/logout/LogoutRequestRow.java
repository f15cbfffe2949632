package dev.portcullis.adapters.persistence.jdbc.logout;

import dev.portcullis.domain.authorization.LogoutRequest;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.TokenSignature;
import io.micronaut.core.annotation.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** One row of {@code logout_requests}: every field a column of its own, times as epoch milliseconds. */
record LogoutRequestRow(
        String challenge,
        @Nullable String verifier,
        int version,
        String stage,
        String subject,
        String sessionId,
        @Nullable String clientId,
        @Nullable String postLogoutRedirectUri,
        @Nullable String state,
        boolean rpInitiated,
        String requestUrl,
        long expiresAt) {

    /** The columns in declaration order, as every query selects them. */
    static final String COLUMNS = "challenge, verifier, version, stage, subject, session_id, client_id, "
            + "post_logout_redirect_uri, state, rp_initiated, request_url, expires_at";

    static LogoutRequestRow from(LogoutRequest request) {
        return new LogoutRequestRow(request.challenge().value(),
                request.verifier().map(TokenSignature::value).orElse(null), request.version(),
                request.stage().wireName(), request.subject(), request.sessionId(),
                request.clientId().map(ClientId::value).orElse(null), request.postLogoutRedirectUri().orElse(null),
                request.state().orElse(null), request.rpInitiated(), request.requestUrl(),
                request.expiresAt().toEpochMilli());
    }

    /** The row under the cursor of a result set with the {@link #COLUMNS}. */
    static LogoutRequestRow read(ResultSet row) throws SQLException {
        return new LogoutRequestRow(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getBoolean(10), row.getString(11), row.getLong(12));
    }

    LogoutRequest toDomain() {
        return new LogoutRequest(new TokenSignature(challenge), version, LogoutRequest.Stage.fromWireName(stage),
                subject, sessionId, Optional.ofNullable(clientId).map(ClientId::new),
                Optional.ofNullable(postLogoutRedirectUri), Optional.ofNullable(state), rpInitiated, requestUrl,
                Optional.ofNullable(verifier).map(TokenSignature::new), Instant.ofEpochMilli(expiresAt));
    }
}
