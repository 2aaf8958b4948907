/**
 * Exports in the pages: the "Tải xuống" menu beside a grid or table ({@link vn.bca.antq.export.ui.ExportMenu}, made by
 * the {@link vn.bca.antq.export.ui.Exports} bean) and the table of exactly what a grid shows
 * ({@link vn.bca.antq.export.ui.GridTable}).
 */
@NullMarked
package vn.bca.antq.export.ui;

import org.jspecify.annotations.NullMarked;
