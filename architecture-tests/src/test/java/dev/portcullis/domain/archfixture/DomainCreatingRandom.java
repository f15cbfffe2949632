package dev.portcullis.domain.archfixture;

import java.util.Random;

/** Creates its own randomness in the core instead of asking the randomness port. */
public class DomainCreatingRandom {
    int roll() {
        return new Random().nextInt(6);
    }
}
