package vn.bca.antq.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import vn.bca.antq.base.text.Language;
import vn.bca.antq.source.DemoDatabase;

/**
 * The frame of every page: the title bar with the language selector (and, on a demo database, a notice that its
 * figures are synthetic), and a drawer with one item per {@code @Menu} view. A view's {@code @Menu(title = ...)} is a translation key, so the menu follows the UI language.
 */
@Layout
@PermitAll
final class MainLayout extends AppLayout {

    private final AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication, DemoDatabase demo, List<NavbarItem> items) {
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);
        addToNavbar(new DrawerToggle(), heading());
        if (authentication.isAuthenticated() && demo.holdsSyntheticData()) {
            addToNavbar(demoNotice());
        }
        if (authentication.isAuthenticated()) {
            items.stream().map(NavbarItem::create).filter(Objects::nonNull).forEach(this::addToNavbar);
        }
        addToNavbar(languageSelector(), account());
        addToDrawer(new Scroller(sideNav()));
    }

    /** Who is signed in, a link to change the password, and sign-out. */
    private Component account() {
        Div account = new Div();
        account.addClassName("account");
        authentication.getPrincipalName().ifPresent(name -> {
            Anchor user = new Anchor("password", name);
            user.setId("account-name");
            user.getElement().setAttribute("router-link", true);
            user.getElement().setAttribute("title", getTranslation("account.password"));
            Button logout = new Button(
                    getTranslation("account.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            account.add(user, logout);
        });
        return account;
    }

    /** Once at the top of every page of a demo database: its figures are mostly synthetic, not real. */
    private Component demoNotice() {
        Span notice = new Span(getTranslation("demo.notice"));
        notice.setId("demo-notice");
        notice.addClassName("demo-notice");
        notice.getElement().setAttribute("title", getTranslation("demo.notice.more"));
        return notice;
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
                getUI().ifPresent(ui -> UiLanguage.choose(ui, e.getValue()));
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
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }
}
