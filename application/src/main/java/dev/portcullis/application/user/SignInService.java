package dev.portcullis.application.user;

import dev.portcullis.application.port.PasswordHasher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users from configuration, checked against their password hashes. */
public final class SignInService implements SignInUseCase {

    private static final int LONGEST_PASSWORD = 1024;

    private final Map<String, LocalUser> byUsername = new LinkedHashMap<>();
    private final Map<String, LocalUser> bySubject = new LinkedHashMap<>();
    private final PasswordHasher hasher;
    private final String decoy;

    /** @throws IllegalArgumentException when two users share a username or subject, or a hash is malformed */
    public SignInService(List<LocalUser> users, PasswordHasher hasher) {
        this.hasher = hasher;
        for (LocalUser user : users) {
            if (byUsername.put(user.username(), user) != null || bySubject.put(user.subject(), user) != null) {
                throw new IllegalArgumentException("two users share the username or subject of " + user.username());
            }
            if (!hasher.isWellFormed(user.passwordHash())) {
                throw new IllegalArgumentException("the password hash of user " + user.username() + " is malformed");
            }
        }
        this.decoy = hasher.hash("a password no user has: only its verification time matters");
    }

    @Override
    public Optional<LocalUser> signIn(String username, String password) {
        if (username == null || password == null || password.length() > LONGEST_PASSWORD) {
            return Optional.empty();
        }
        LocalUser user = byUsername.get(username);
        boolean matches = hasher.verify(password, user == null ? decoy : user.passwordHash());
        return user != null && matches ? Optional.of(user) : Optional.empty();
    }

    @Override
    public Optional<LocalUser> bySubject(String subject) {
        return Optional.ofNullable(bySubject.get(subject));
    }
}
