package vn.bca.antq.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the title bar of every page, before the language selector (the alert bell): a Spring
 * bean, asked for a new component for each page frame, so that the frame needs to know no feature.
 */
public interface NavbarItem {

    /** The component for a new frame, or null when the signed-in user has nothing to see there. */
    @org.jspecify.annotations.Nullable
    Component create();
}
