package vn.bca.antq.security;

import java.security.SecureRandom;
import java.util.Base64;
import vn.bca.antq.base.text.Sha256;

/** Presenter tokens: 32 random bytes, URL-safe; stored only as their SHA-256 (a random token needs no slow hash). */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
