package dev.portcullis.adapters.crypto.archfixture.cycle.first;

import dev.portcullis.adapters.crypto.archfixture.cycle.second.CryptoCycleSecond;

/** One half of a package cycle in the crypto adapter. */
public class CryptoCycleFirst {
    private CryptoCycleSecond second;
}
