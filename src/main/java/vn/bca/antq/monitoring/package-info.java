/**
 * Monitoring: targets of indicators per unit and year, progress towards them, and the alerts raised when a unit falls
 * behind, a figure falls or a submission is late. Alerts are computed by a job, never in a page request.
 */
@NullMarked
package vn.bca.antq.monitoring;

import org.jspecify.annotations.NullMarked;
