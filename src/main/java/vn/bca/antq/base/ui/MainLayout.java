package vn.bca.antq.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The frame of every page: the title bar with the language selector, and a drawer with one item per {@code @Menu}
 * view. A view's {@code @Menu(title = ...)} is a translation key, so the menu follows the UI language.
 */
@Layout
final class MainLayout extends AppLayout {

    MainLayout() {
        setPrimarySection(Section.NAVBAR);
        addToNavbar(new DrawerToggle(), heading(), languageSelector());
        addToDrawer(new Scroller(sideNav()));
    }

    private Component heading() {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("app-subtitle");
        Div heading = new Div(title, subtitle);
        heading.addClassName("app-heading");
        return heading;
    }

    private Component languageSelector() {
        Select<Language> language = new Select<>();
        language.setId("language");
        language.addClassName("language-selector");
        language.setAriaLabel(getTranslation("language.label"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        language.setValue(Language.of(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != Language.of(getLocale())) {
                getUI().ifPresent(ui -> Language.choose(ui, e.getValue()));
            }
        });
        return language;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }
}
