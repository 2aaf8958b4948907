package vn.bca.antq.presentation;

import vn.bca.antq.base.text.ExplainedException;

/**
 * A playlist that cannot be saved, shown, or found; {@code messageKey} names the translation ("playlist.error.*")
 * that explains it to the user and {@code arguments} fill it in. Nothing has been changed when it is thrown.
 */
public class InvalidPlaylistException extends ExplainedException {

    public InvalidPlaylistException(String messageKey, String... arguments) {
        super(messageKey, (Object[]) arguments);
    }
}
