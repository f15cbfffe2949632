import dev.portcullis.application.port.ClientPage;
import dev.portcullis.application.port.ClientQuery;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.token.ClientUses;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What noting a client's use costs a token request: {@link ClientUses#record} in a loop, the way every successful
 * authentication calls it, with a flush every "interval" (here every 1,000,000 records). Prints nanoseconds per
 * call, best of several rounds, after a warm-up. Compare with a token request's CPU time in BENCHMARKS.md.
 *
 *   ./mvnw -B -q -pl domain,application install -DskipTests
 *   java -cp domain/target/classes:application/target/classes bench/ClientUsesCost.java [clients] [rounds]
 */
public class ClientUsesCost {

    public static void main(String[] args) {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ClientUses uses = new ClientUses(new NoStorage(), Clock.systemUTC());
        ClientId[] ids = new ClientId[clients];
        for (int i = 0; i < clients; i++) {
            ids[i] = new ClientId("client-" + i);
        }
        int perRound = 20_000_000;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds + 3; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                uses.record(ids[i % clients]);
                if (i % 1_000_000 == 0) {
                    uses.flush();
                }
            }
            double perCall = (System.nanoTime() - start) / (double) perRound;
            if (round >= 3) {
                best = Math.min(best, perCall);
            }
        }
        System.out.printf("ClientUses.record with %d client(s): %.1f ns per call (best of %d rounds of %,d)%n",
                clients, best, rounds, perRound);
    }

    /** Storage that writes nothing: the cost measured is the recording, not a database. */
    private static final class NoStorage implements ClientRepository {
        @Override public boolean add(Client client) { return true; }
        @Override public Optional<Client> find(ClientId id) { return Optional.empty(); }
        @Override public boolean update(Client client) { return true; }
        @Override public boolean remove(ClientId id) { return true; }
        @Override public void recordLastUse(Map<ClientId, Instant> uses) { }
        @Override public ClientPage list(ClientQuery query) { return new ClientPage(List.of(), false, 0); }
    }
}
