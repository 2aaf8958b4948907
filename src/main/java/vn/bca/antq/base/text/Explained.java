package vn.bca.antq.base.text;

/**
 * A refusal the user is told about in their own language: {@code messageKey} is a translation key, {@code arguments}
 * fill its placeholders. Nothing was changed when one is thrown.
 */
public interface Explained {

    String messageKey();

    Object[] arguments();
}
