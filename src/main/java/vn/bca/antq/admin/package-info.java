@NullMarked
package vn.bca.antq.admin;

import org.jspecify.annotations.NullMarked;
