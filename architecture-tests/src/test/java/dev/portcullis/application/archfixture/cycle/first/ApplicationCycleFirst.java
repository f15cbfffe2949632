package dev.portcullis.application.archfixture.cycle.first;

import dev.portcullis.application.archfixture.cycle.second.ApplicationCycleSecond;

/** One half of a package cycle in the application. */
public class ApplicationCycleFirst {
    private ApplicationCycleSecond second;
}
