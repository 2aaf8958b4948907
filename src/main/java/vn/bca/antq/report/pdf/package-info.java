/**
 * The reports as PDF (OpenPDF, embedded DejaVu Sans): layout, map and chart drawings, and texts in the report's
 * language from the same translation files as the pages. Nothing here knows Vaadin; report.ui offers the files.
 */
@NullMarked
package vn.bca.antq.report.pdf;

import org.jspecify.annotations.NullMarked;
