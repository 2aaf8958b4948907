@NullMarked
package vn.bca.antq.dashboard.ui;

import org.jspecify.annotations.NullMarked;
