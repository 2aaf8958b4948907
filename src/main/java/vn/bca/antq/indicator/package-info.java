@NullMarked
package vn.bca.antq.indicator;

import org.jspecify.annotations.NullMarked;
