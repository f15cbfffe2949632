package dev.portcullis.application.user;

import java.util.Optional;

/** Checks the credentials typed into the built-in login form. */
public interface SignInUseCase {

    /** The user, when the password is right; empty otherwise, taking as long for an unknown username. */
    Optional<LocalUser> signIn(String username, String password);

    /** The user with this subject, for a remembered login. */
    Optional<LocalUser> bySubject(String subject);
}
