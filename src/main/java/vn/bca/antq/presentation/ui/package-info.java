@NullMarked
package vn.bca.antq.presentation.ui;

import org.jspecify.annotations.NullMarked;
