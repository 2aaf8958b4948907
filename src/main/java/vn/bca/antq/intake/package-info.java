/**
 * Data intake: provinces download a prefilled template per (province, year, {@link vn.bca.antq.intake.Dataset}), fill
 * it and upload it; the file is read ({@code intake.file}), validated row by row into a {@link vn.bca.antq.intake.Preview}
 * and committed all-or-nothing, replacing the previous figures of that scope (which stay in history). A
 * {@link vn.bca.antq.intake.Submission} tracks approval: draft, submitted, returned, approved, locked.
 */
@NullMarked
package vn.bca.antq.intake;

import org.jspecify.annotations.NullMarked;
