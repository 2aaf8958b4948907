package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.admin.AdminUnit;

/**
 * The path from the nation to the page shown: "Toàn quốc › Tỉnh Nam Định › Huyện Giao Thủy". Every crumb but the last
 * is a router link (an anchor the Vaadin router follows without reloading the page); the last one is plain text and
 * marked as the current page.
 * <p>
 * Usage: {@code Breadcrumbs.of(List.of(Breadcrumbs.nation(this, parameters), Breadcrumbs.province(province, parameters),
 * Crumb.here(district.getName())))}. Every href keeps the address state ({@code ?year=&indicator=}), see
 * {@link UnitAddress}. Rendered as {@code <nav id="breadcrumbs"><ol><li>…</li></ol></nav>}.
 */
final class Breadcrumbs extends Nav {

    static final String ID = "breadcrumbs";

    /** One step of the path: a label and the router href it links to, or no href for the current page. */
    record Crumb(String label, @Nullable String href) {

        static Crumb here(String label) {
            return new Crumb(label, null);
        }
    }

    private final List<Crumb> crumbs;

    private Breadcrumbs(List<Crumb> crumbs) {
        this.crumbs = List.copyOf(crumbs);
        setId(ID);
        addClassName("breadcrumbs");
        getElement().setAttribute("aria-label", getTranslation("breadcrumbs.label"));
        OrderedList list = new OrderedList();
        for (int i = 0; i < crumbs.size(); i++) {
            boolean last = i == crumbs.size() - 1;
            list.add(item(crumbs.get(i), last, i > 0));
        }
        add(list);
    }

    /** The path; the last crumb is always shown as plain text, even if it has an href. */
    static Breadcrumbs of(List<Crumb> crumbs) {
        return new Breadcrumbs(crumbs);
    }

    /** "Toàn quốc", linking to the overview. */
    static Crumb nation(Component host, DashboardParameters parameters) {
        return new Crumb(host.getTranslation("breadcrumbs.nation"), UnitAddress.href(UnitAddress.nation(), parameters));
    }

    /** A province by its full name, linking to its page. */
    static Crumb province(AdminUnit province, DashboardParameters parameters) {
        return new Crumb(province.getName(), UnitAddress.href(UnitAddress.province(province.getCode()), parameters));
    }

    List<Crumb> crumbs() {
        return crumbs;
    }

    private Component item(Crumb crumb, boolean last, boolean separated) {
        ListItem item = new ListItem();
        if (separated) {
            Span separator = new Span("›");
            separator.addClassName("breadcrumbs-separator");
            separator.getElement().setAttribute("aria-hidden", "true");
            item.add(separator);
        }
        if (last || crumb.href() == null) {
            Span text = new Span(crumb.label());
            text.addClassName("breadcrumbs-current");
            if (last) {
                item.getElement().setAttribute("aria-current", "page");
            }
            item.add(text);
        } else {
            Anchor link = new Anchor(crumb.href(), crumb.label());
            link.getElement().setAttribute("router-link", true);
            item.add(link);
        }
        return item;
    }
}
