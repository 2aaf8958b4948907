@NullMarked
package vn.bca.antq.base;

import org.jspecify.annotations.NullMarked;
