package vn.bca.antq.export;

/**
 * Where an export is recorded before its file is handed over (the audit log implements it). Declared here so that
 * exporting needs no knowledge of security, and every feature's pages can export without a cycle between features.
 */
public interface ExportAudit {

    /** Records that the signed-in user exported {@code what} (a table and its format) for {@code scopeDescription}. */
    void recordExport(String what, String scopeDescription);
}
