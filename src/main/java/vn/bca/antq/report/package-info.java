/**
 * PDF reports: the annual report of one province and the national summary of a year. This package gathers what a
 * report shows (figures with their comparisons, units, geometry) under the reader's access rights; {@code report.ui}
 * lays it out as a PDF.
 */
@NullMarked
package vn.bca.antq.report;

import org.jspecify.annotations.NullMarked;
