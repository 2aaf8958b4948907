@NullMarked
package vn.bca.antq.award;

import org.jspecify.annotations.NullMarked;
