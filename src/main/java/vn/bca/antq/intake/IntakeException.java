package vn.bca.antq.intake;

import vn.bca.antq.base.text.ExplainedException;

/** An import, correction or approval step that cannot be taken; nothing was changed. The key is a translation key. */
public class IntakeException extends ExplainedException {

    public IntakeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
