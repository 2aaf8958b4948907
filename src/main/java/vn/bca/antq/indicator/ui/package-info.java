/** How figures read on screen, shared by the dashboard and presentation mode: their words, colours and charts. */
@NullMarked
package vn.bca.antq.indicator.ui;

import org.jspecify.annotations.NullMarked;
