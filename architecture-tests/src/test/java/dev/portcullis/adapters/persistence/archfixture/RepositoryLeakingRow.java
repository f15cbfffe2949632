package dev.portcullis.adapters.persistence.archfixture;

import dev.portcullis.adapters.persistence.jdbc.archfixture.TokenRow;

/** Breaks the row rule: a *Row used outside its package. */
public class RepositoryLeakingRow {
    TokenRow row() {
        return new TokenRow();
    }
}
