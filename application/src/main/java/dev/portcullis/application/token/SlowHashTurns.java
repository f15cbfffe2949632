package dev.portcullis.application.token;

import dev.portcullis.domain.client.ClientId;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Slow secret hashes (PBKDF2 of a chosen secret) take turns per client: one at a time, and after each wrong
 * secret the next turn starts a little later, doubling up to {@link #LONGEST_PAUSE}, until a right secret resets
 * the pause. Wrong secrets for one client then cost the server at most part of one core, however many arrive at
 * once. A request that does not get its turn within {@link #WAIT_FOR_TURN} fails like a wrong secret, without a
 * hash. Right secrets are remembered (see {@link ClientAuthenticator}), so a client that authenticates normally
 * seldom needs a turn at all.
 */
final class SlowHashTurns {

    static final Duration FIRST_PAUSE = Duration.ofMillis(50);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(1);
    static final Duration WAIT_FOR_TURN = Duration.ofSeconds(3);
    private static final int MAX_CLIENTS = 10_000;

    private final ConcurrentHashMap<ClientId, Turns> turns = new ConcurrentHashMap<>();
    private final Duration waitForTurn;

    SlowHashTurns() {
        this(WAIT_FOR_TURN);
    }

    SlowHashTurns(Duration waitForTurn) {
        this.waitForTurn = waitForTurn;
    }

    /**
     * Runs {@code hash} in {@code client}'s turn and returns its answer; false, without running it, when no turn
     * came in time.
     */
    boolean inTurn(ClientId client, BooleanSupplier hash) {
        if (turns.size() >= MAX_CLIENTS) {
            turns.values().removeIf(Turns::idle);
        }
        Turns mine = turns.computeIfAbsent(client, id -> new Turns());
        try {
            if (!mine.one.tryAcquire(waitForTurn.toNanos(), TimeUnit.NANOSECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (mine.pauseMillis > 0) {
                Thread.sleep(mine.pauseMillis);
            }
            boolean matches = hash.getAsBoolean();
            mine.pauseMillis = matches ? 0 : Math.min(LONGEST_PAUSE.toMillis(),
                    Math.max(FIRST_PAUSE.toMillis(), mine.pauseMillis * 2));
            return matches;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            mine.one.release();
        }
    }

    /** The pause before {@code client}'s next slow hash, for specs. */
    Duration pauseOf(ClientId client) {
        Turns mine = turns.get(client);
        return mine == null ? Duration.ZERO : Duration.ofMillis(mine.pauseMillis);
    }

    private static final class Turns {
        private final Semaphore one = new Semaphore(1, true);
        /** Written and read only while holding {@link #one}, whose release and acquire order them. */
        private long pauseMillis;

        boolean idle() {
            return one.availablePermits() == 1 && one.getQueueLength() == 0 && pauseMillis == 0;
        }
    }
}
