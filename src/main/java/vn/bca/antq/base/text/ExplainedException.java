package vn.bca.antq.base.text;

import java.util.List;

/**
 * A refusal the user is told about in their own language: {@code messageKey} is a translation key, {@code arguments}
 * fill its placeholders. Nothing was changed when one is thrown.
 */
public abstract class ExplainedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected ExplainedException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
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
