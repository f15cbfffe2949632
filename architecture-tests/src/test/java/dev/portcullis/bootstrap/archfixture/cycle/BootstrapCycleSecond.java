package dev.portcullis.bootstrap.archfixture.cycle;

import dev.portcullis.bootstrap.archfixture.BootstrapCycleFirst;

/** The other half of a package cycle in bootstrap: a sub-package that depends on its parent. */
public class BootstrapCycleSecond {
    private BootstrapCycleFirst first;
}
