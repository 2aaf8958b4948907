@NullMarked
package vn.bca.antq.movementmodel;

import org.jspecify.annotations.NullMarked;
