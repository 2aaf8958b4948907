package vn.bca.antq.security;

/** An account change that was refused; {@code messageKey} is a translation key, {@code arguments} its parameters. */
public class InvalidAccountException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidAccountException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
