package dev.portcullis.adapters.rest.archfixture;

import io.micronaut.http.annotation.Controller;

/** Breaks the naming rule: a controller whose name does not end in Controller. */
@Controller("/fixture/endpoint")
public class TokenEndpoint {
}
