@NullMarked
package vn.bca.antq.source;

import org.jspecify.annotations.NullMarked;
