/** The PDF layout of the reports (OpenPDF, embedded DejaVu Sans) and their download links on the dashboard. */
@NullMarked
package vn.bca.antq.report.ui;

import org.jspecify.annotations.NullMarked;
