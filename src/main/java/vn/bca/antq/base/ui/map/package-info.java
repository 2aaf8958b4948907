/** A choropleth map over OpenLayers 10.11 (BSD-2; vector layers only, offline) and its class breaks. */
@NullMarked
package vn.bca.antq.base.ui.map;

import org.jspecify.annotations.NullMarked;
