/**
 * Figures out of the product: any grid or table to XLSX and CSV ({@link vn.bca.antq.export.Table} is the one shape they
 * are written from), with the export recorded in the audit log.
 */
@NullMarked
package vn.bca.antq.export;

import org.jspecify.annotations.NullMarked;
