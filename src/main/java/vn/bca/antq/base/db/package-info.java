@NullMarked
package vn.bca.antq.base.db;

import org.jspecify.annotations.NullMarked;
