package vn.bca.antq.intake;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in a file: on one cell ({@code column} is its key), on a whole row, or on the file ({@code column}
 * null). {@code messageKey} is a translation key, {@code arguments} fill it.
 */
public record Issue(Severity severity, @Nullable String column, String messageKey, List<Object> arguments) {

    public static Issue error(@Nullable String column, String messageKey, Object... arguments) {
        return new Issue(Severity.ERROR, column, messageKey, List.of(arguments));
    }

    public static Issue warning(@Nullable String column, String messageKey, Object... arguments) {
        return new Issue(Severity.WARNING, column, messageKey, List.of(arguments));
    }

    public static Issue notice(String messageKey, List<Object> arguments) {
        return new Issue(Severity.NOTICE, null, messageKey, arguments);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
