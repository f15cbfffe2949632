package dev.portcullis.application.archfixture;

import com.fasterxml.jackson.core.JsonFactory;

/** Breaks the plain-Java core: an application type that depends on Jackson. */
public class ApplicationUsingJackson {
    private JsonFactory json;
}
