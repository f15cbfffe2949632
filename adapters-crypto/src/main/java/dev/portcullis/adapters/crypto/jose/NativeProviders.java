package dev.portcullis.adapters.crypto.jose;

import java.lang.reflect.InvocationTargetException;
import java.security.Provider;
import java.util.Optional;

/**
 * Finds a native JCA provider to sign tokens with, without depending on one at compile time. Amazon
 * Corretto Crypto Provider (ACCP) wraps AWS-LC; on x86-64 Linux it signs ES256 and RS256 many times faster
 * than the JDK 17 providers. It is used only when its jar is on the class path and its native library
 * loaded and passed its self-tests; it is never installed as a global provider, only handed to the codec.
 */
public final class NativeProviders {

    static final String ACCP_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

    private static final System.Logger LOG = System.getLogger(NativeProviders.class.getName());

    private NativeProviders() {
    }

    /** ACCP when it is present and healthy; empty otherwise, and the JDK's providers serve. */
    public static Optional<Provider> amazonCorretto() {
        return healthy(ACCP_CLASS);
    }

    static Optional<Provider> healthy(String className) {
        try {
            Class<?> type = Class.forName(className);
            Object instance = type.getField("INSTANCE").get(null);
            Object loadingError = type.getMethod("getLoadingError").invoke(instance);
            if (loadingError != null) {
                LOG.log(System.Logger.Level.WARNING, "{0} is present but did not load; using the JDK providers: {1}",
                        className, loadingError);
                return Optional.empty();
            }
            // Runs the provider's self-tests; throws when any failed.
            type.getMethod("assertHealthy").invoke(instance);
            return Optional.of((Provider) instance);
        } catch (ClassNotFoundException | LinkageError absent) {
            LOG.log(System.Logger.Level.DEBUG, "{0} is not available; using the JDK providers", className);
            return Optional.empty();
        } catch (InvocationTargetException unhealthy) {
            LOG.log(System.Logger.Level.WARNING, "{0} failed its self-tests; using the JDK providers: {1}",
                    className, unhealthy.getCause());
            return Optional.empty();
        } catch (ReflectiveOperationException | ClassCastException unexpected) {
            LOG.log(System.Logger.Level.WARNING, "{0} is not the expected provider; using the JDK providers: {1}",
                    className, unexpected);
            return Optional.empty();
        }
    }
}
