/**
 * Reading an uploaded spreadsheet (XLSX or CSV) into a {@link vn.bca.antq.intake.file.RawTable} of untyped cells, or
 * refusing the file with a clear reason: wrong type, empty, too large, broken, unsupported encoding, formulas,
 * merged cells, hidden sheets.
 */
@NullMarked
package vn.bca.antq.intake.file;

import org.jspecify.annotations.NullMarked;
