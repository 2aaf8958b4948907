package vn.bca.antq.presentation;

import java.util.List;
import vn.bca.antq.base.text.Explained;

/**
 * A playlist that cannot be saved, shown, or found; {@code messageKey} names the translation ("playlist.error.*")
 * that explains it to the user and {@code arguments} fill it in. Nothing has been changed when it is thrown.
 */
public class InvalidPlaylistException extends RuntimeException implements Explained {

    private final String messageKey;
    private final List<String> arguments;

    public InvalidPlaylistException(String messageKey, String... arguments) {
        super(messageKey + " " + String.join(", ", arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] arguments() {
        return arguments.toArray();
    }
}
