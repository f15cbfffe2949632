package dev.portcullis.adapters.persistence.jdbc.archfixture;

import java.util.List;

/** Compliant use of TokenRow inside its package; itself used outside it by bootstrap. */
public interface TokenRows {
    List<TokenRow> findAll();
}
