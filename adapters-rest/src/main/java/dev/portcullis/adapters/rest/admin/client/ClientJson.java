package dev.portcullis.adapters.rest.admin.client;

import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.domain.error.ErrorCode;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Hydra client body read member by member, so that a member of the wrong type is named in
 * {@code invalid_client_metadata} (RFC 7591 §3.2.2), and the JSON-P model JSON Patch works on.
 */
public final class ClientJson {

    private ClientJson() {
    }

    /** Parses a request body. @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} */
    public static JsonValue parse(String body) {
        return JsonMembers.parse(body);
    }

    /** A client body from a JSON object, every member's type checked. */
    public static HydraClientBody read(JsonValue value) {
        JsonMembers in = JsonMembers.of(value, ErrorCode.INVALID_CLIENT_METADATA, "client metadata");
        Map<String, String> lifespans = new LinkedHashMap<>();
        for (HydraLifespans.Member member : HydraLifespans.MEMBERS) {
            in.string(member.name()).ifPresent(text -> lifespans.put(member.name(), text));
        }
        return new HydraClientBody(in.string("client_id").orElse(null), in.string("client_name").orElse(null),
                in.string("owner").orElse(null), in.strings("redirect_uris").orElse(null),
                in.strings("post_logout_redirect_uris").orElse(null), in.strings("grant_types").orElse(null),
                in.strings("response_types").orElse(null), in.string("scope").orElse(null),
                in.strings("audience").orElse(null), in.string("token_endpoint_auth_method").orElse(null),
                in.string("access_token_strategy").orElse(null), in.bool("require_pkce").orElse(null),
                in.objects("box_subjects").map(ClientJson::boxSubjects).orElse(null),
                in.bool("registered_scope_by_default").orElse(null), in.bool("skip_consent").orElse(null),
                in.bool("enabled").orElse(null), in.string("client_uri").orElse(null), in.string("logo_uri").orElse(null),
                in.string("policy_uri").orElse(null), in.string("tos_uri").orElse(null),
                in.string("jwks_uri").orElse(null), in.object("jwks").orElse(null),
                in.string("request_object_signing_alg").orElse(null), in.string("userinfo_signed_response_alg").orElse(null),
                in.strings("contacts").orElse(null),
                HydraLifespans.from(lifespans), in.object("metadata").orElse(null), null, null, null, null,
                in.string("client_secret").orElse(null));
    }

    private static List<HydraClientBody.BoxSubjectBody> boxSubjects(List<JsonMembers> subjects) {
        return subjects.stream().map(subject -> new HydraClientBody.BoxSubjectBody(
                subject.string("box_subject_type").orElse(null), subject.string("box_subject_id").orElse(null))).toList();
    }

    static JsonValue toJson(Object value) {
        return JsonMembers.toJson(value);
    }

    static Object toJava(JsonValue value) {
        return JsonMembers.toJava(value);
    }
}
