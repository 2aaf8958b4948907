package vn.bca.antq.security;

/** What an audit row records. */
public enum AuditKind {
    SIGN_IN_SUCCESS, SIGN_IN_FAILURE, SIGN_OUT, LOCKOUT, SCREEN_SIGN_IN, SCREEN_TOKEN_REJECTED,
    PASSWORD_CHANGE, ACCOUNT_CHANGE, TOKEN_CHANGE, DATA_CHANGE, EXPORT
}
