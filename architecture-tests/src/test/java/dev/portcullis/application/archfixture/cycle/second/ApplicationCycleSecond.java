package dev.portcullis.application.archfixture.cycle.second;

import dev.portcullis.application.archfixture.cycle.first.ApplicationCycleFirst;

/** The other half of a package cycle in the application. */
public class ApplicationCycleSecond {
    private ApplicationCycleFirst first;
}
