package vn.bca.antq.intake;

import java.util.List;
import vn.bca.antq.base.text.Explained;

/** An import, correction or approval step that cannot be taken; nothing was changed. The key is a translation key. */
public class IntakeException extends RuntimeException implements Explained {

    private final String messageKey;
    private final List<Object> arguments;

    public IntakeException(String messageKey, Object... arguments) {
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
