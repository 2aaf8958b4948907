@NullMarked
package vn.bca.antq.coverage;

import org.jspecify.annotations.NullMarked;
