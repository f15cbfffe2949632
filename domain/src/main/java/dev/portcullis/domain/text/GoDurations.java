package dev.portcullis.domain.text;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in Go's notation ({@code 1h30m}, {@code 45s}, {@code 500ms}), in which ORY Hydra writes client
 * lifespans: the admin API speaks it, and stored client documents keep it.
 */
public final class GoDurations {

    private static final Pattern WHOLE = Pattern.compile("([0-9]{1,9}(h|ms|m|s))+");
    private static final Pattern PART = Pattern.compile("([0-9]{1,9})(h|ms|m|s)");

    private GoDurations() {
    }

    /** The duration {@code raw} writes; empty when it is not in the notation. */
    public static Optional<Duration> parse(String raw) {
        if (raw == null || !WHOLE.matcher(raw).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(raw);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
            });
        }
        return Optional.of(total);
    }

    /** Go's own rendering of whole seconds: {@code 1h0m0s}, {@code 1m30s}, {@code 45s}. */
    public static String format(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        if (hours > 0) {
            return hours + "h" + minutes + "m" + seconds + "s";
        }
        if (minutes > 0) {
            return minutes + "m" + seconds + "s";
        }
        return seconds + "s";
    }
}
