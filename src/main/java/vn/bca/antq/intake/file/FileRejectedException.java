package vn.bca.antq.intake.file;

import java.util.List;
import vn.bca.antq.base.text.Explained;

/**
 * A file that cannot be read as a table at all. {@code messageKey} is a translation key under {@code intake.file.}
 * (Vietnamese and English in the translation files), {@code arguments} fill its placeholders.
 */
public class FileRejectedException extends Exception implements Explained {

    private final String messageKey;
    private final List<Object> arguments;

    public FileRejectedException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
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
