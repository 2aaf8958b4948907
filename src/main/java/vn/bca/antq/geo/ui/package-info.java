/** A hidden preview page of the map and chart components on the real layers (/dev/components). */
@NullMarked
package vn.bca.antq.geo.ui;

import org.jspecify.annotations.NullMarked;
