package vn.bca.antq.security;

/** What an audit row records. */
public enum AuditKind {
    SIGN_IN_SUCCESS,
    SIGN_IN_FAILURE,
    SIGN_OUT,
    LOCKOUT,
    SCREEN_SIGN_IN,
    SCREEN_TOKEN_REJECTED,
    PASSWORD_CHANGE,
    ACCOUNT_CHANGE,
    TOKEN_CHANGE,
    DATA_CHANGE,
    EXPORT,
    /** A burst of refused sign-ins or screen tokens while throttled: one row for many, with their count. */
    SIGN_IN_THROTTLED,
    /** A wrong current password when changing one's own password. */
    PASSWORD_CHANGE_FAILURE,
    /** A page or service refused to the signed-in user. */
    ACCESS_DENIED,
    /** An uploaded file refused as unreadable, too large or hostile. */
    UPLOAD_REJECTED
}
