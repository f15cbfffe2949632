package dev.portcullis.adapters.persistence.archfixture;

import io.micronaut.http.annotation.Controller;

/** Breaks the controller rule: a controller outside the REST adapter. */
@Controller("/fixture/misplaced")
public class ControllerOutsideRest {
}
