package vn.bca.antq.base.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * The JSON a component keeps as an element property, held once for every session that shows the same value: many
 * users open the same pages (a conference watches the same slides), and a page's map regions and chart data are the
 * largest part of what each open page keeps in memory. Vaadin only reads a property's value, so one tree can serve
 * all; the callers never change a tree they passed. The most recently used values are kept.
 */
public final class SharedJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int KEPT = 256;
    private static final Map<BaseJsonNode, BaseJsonNode> VALUES =
            Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<BaseJsonNode, BaseJsonNode> eldest) {
                    return size() > KEPT;
                }
            });

    private SharedJson() {}

    /** The value as a JSON tree: the one already kept when an equal value was shown before. */
    public static BaseJsonNode of(Object value) {
        BaseJsonNode tree = JSON.valueToTree(value);
        return VALUES.computeIfAbsent(tree, t -> t);
    }
}
