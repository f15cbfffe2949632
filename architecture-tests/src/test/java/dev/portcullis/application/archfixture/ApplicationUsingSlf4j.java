package dev.portcullis.application.archfixture;

import org.slf4j.Logger;

/** Breaks the plain-Java core: an application type that logs through SLF4J. */
public class ApplicationUsingSlf4j {
    private Logger log;
}
