@NullMarked
package vn.bca.antq.overview.ui;

import org.jspecify.annotations.NullMarked;
