/** The report downloads on the dashboard: a button that prepares a PDF of report.pdf and the link to it. */
@NullMarked
package vn.bca.antq.report.ui;

import org.jspecify.annotations.NullMarked;
