@NullMarked
package vn.bca.antq.overview;

import org.jspecify.annotations.NullMarked;
