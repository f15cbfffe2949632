package dev.portcullis.adapters.rest.archfixture;

import io.micronaut.http.annotation.Controller;

/** Compliant: a controller in the REST adapter named for its endpoint. */
@Controller("/fixture/token")
public class TokenController {
}
