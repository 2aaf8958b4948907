/** A chart component over ApexCharts 4.7.0 (MIT): typed options in, data-point clicks out. */
@NullMarked
package vn.bca.antq.base.ui.chart;

import org.jspecify.annotations.NullMarked;
