package dev.portcullis.adapters.crypto.archfixture.cycle.second;

import dev.portcullis.adapters.crypto.archfixture.cycle.first.CryptoCycleFirst;

/** The other half of a package cycle in the crypto adapter. */
public class CryptoCycleSecond {
    private CryptoCycleFirst first;
}
