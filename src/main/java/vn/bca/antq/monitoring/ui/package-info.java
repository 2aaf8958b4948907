/** The targets page, the alerts page and the header's alert bell. */
@NullMarked
package vn.bca.antq.monitoring.ui;

import org.jspecify.annotations.NullMarked;
