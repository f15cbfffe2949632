package dev.portcullis.adapters.rest.http;

/** The OpenAPI tag of each surface: every controller names the one its routes belong to. */
public final class ApiTags {

    public static final String OAUTH = "OAuth 2.0 and OpenID Connect";
    public static final String HYDRA_ADMIN = "ORY Hydra v2 admin API";
    public static final String HYDRA_EARLY = "ORY Hydra early API and Hydra 1.x paths";
    public static final String AUTH0 = "Auth0-style authentication API";
    public static final String BOX = "Box OAuth 2.0 paths";
    public static final String SAILPOINT = "SailPoint OAuth clients API";
    public static final String AUTHRESS = "Authress platform extensions";
    public static final String UI = "Built-in login, consent and logout pages";
    public static final String OPERATIONS = "Operations";

    private ApiTags() {
    }
}
