package io.partneracademy.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Hashes passwords with Argon2id (OWASP minimum by default: 19 MiB, 2 passes, 1 lane). */
@Singleton
class PasswordHasher {

    private static final int OUTPUT_LENGTH = 32;

    private final Argon2Function argon2;
    private final String dummyHash;

    PasswordHasher(@Value("${partneracademy.passwords.memory-kib:19456}") int memoryKib,
                   @Value("${partneracademy.passwords.iterations:2}") int iterations) {
        this.argon2 = Argon2Function.getInstance(memoryKib, iterations, 1, OUTPUT_LENGTH, Argon2.ID);
        this.dummyHash = hash("not a real password, only used to spend the same time");
    }

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
    }

    boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of a real check, so unknown emails cannot be told apart by timing. */
    void burnTime(String password) {
        matches(password, dummyHash);
    }
}
