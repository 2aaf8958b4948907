package vn.bca.antq.intake;

import java.util.List;

/** An import, correction or approval step that cannot be taken; nothing was changed. The key is a translation key. */
public class IntakeException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public IntakeException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
