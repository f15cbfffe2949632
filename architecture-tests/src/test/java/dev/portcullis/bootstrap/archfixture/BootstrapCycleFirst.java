package dev.portcullis.bootstrap.archfixture;

import dev.portcullis.bootstrap.archfixture.cycle.BootstrapCycleSecond;

/** One half of a package cycle in bootstrap, between a package and its own sub-package. */
public class BootstrapCycleFirst {
    private BootstrapCycleSecond second;
}
