package vn.bca.antq.monitoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.base.text.Language;

/** A user's digest: the address, how often, in which language, and when the last one was sent. */
public record DigestSubscription(
        String username,
        String email,
        DigestFrequency frequency,
        Language language,
        @Nullable Instant lastSentAt) {}
