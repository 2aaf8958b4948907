@NullMarked
package vn.bca.antq.festival;

import org.jspecify.annotations.NullMarked;
