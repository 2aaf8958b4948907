package vn.bca.antq.monitoring;

import vn.bca.antq.base.text.ExplainedException;

/** A target, acknowledgement or rule setting refused as given; the key says why, in both languages. Nothing changed. */
public class MonitoringRefused extends ExplainedException {

    MonitoringRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
