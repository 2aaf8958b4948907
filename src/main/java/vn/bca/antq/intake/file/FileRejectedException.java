package vn.bca.antq.intake.file;

import vn.bca.antq.base.text.ExplainedException;

/**
 * A file that cannot be read as a table at all. {@code messageKey} is a translation key under {@code intake.file.}
 * (Vietnamese and English in the translation files), {@code arguments} fill its placeholders.
 */
public class FileRejectedException extends ExplainedException {

    public FileRejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
