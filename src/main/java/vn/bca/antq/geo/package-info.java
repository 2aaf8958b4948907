@NullMarked
package vn.bca.antq.geo;

import org.jspecify.annotations.NullMarked;
