package dev.portcullis.bootstrap.archfixture;

import dev.portcullis.adapters.persistence.jdbc.archfixture.TokenRows;

/** Breaks the row rule: bootstrap wires a *Rows repository from outside its package. */
public class FactoryUsingRows {
    private TokenRows rows;
}
