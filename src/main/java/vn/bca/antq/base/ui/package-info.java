@NullMarked
package vn.bca.antq.base.ui;

import org.jspecify.annotations.NullMarked;
