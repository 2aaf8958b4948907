@NullMarked
package vn.bca.antq.dashboard;

import org.jspecify.annotations.NullMarked;
