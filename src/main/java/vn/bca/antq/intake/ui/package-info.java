/**
 * Pages of data intake: import with preview and approval (/intake), completeness of submissions (/intake/completeness).
 */
@NullMarked
package vn.bca.antq.intake.ui;

import org.jspecify.annotations.NullMarked;
