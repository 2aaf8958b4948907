/** Presentation mode on conference screens ({@code /present}) and the playlist editor. */
@NullMarked
package vn.bca.antq.presentation.ui;

import org.jspecify.annotations.NullMarked;
