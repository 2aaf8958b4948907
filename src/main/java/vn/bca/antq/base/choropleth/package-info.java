/**
 * The logic of a choropleth, shared by the dashboard's map and the PDF reports' maps: class breaks of a set of
 * values, the colour ramps, and the legend that explains them.
 */
@NullMarked
package vn.bca.antq.base.choropleth;

import org.jspecify.annotations.NullMarked;
