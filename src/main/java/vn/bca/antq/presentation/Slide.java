package vn.bca.antq.presentation;

import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.indicator.Indicator;

/** One slide of a deck: a playlist entry made concrete (a spotlight on every province becomes one slide each). */
public record Slide(SlideKind kind, Indicator indicator, int year, @Nullable AdminUnit province) {
}
