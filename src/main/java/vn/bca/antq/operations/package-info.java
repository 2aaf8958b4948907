/**
 * Operations: the health probes a load balancer asks (liveness, readiness with the database), the metrics Prometheus
 * scrapes (requests, Vaadin sessions and UIs, changes of figures), and who may read them.
 */
@NullMarked
package vn.bca.antq.operations;

import org.jspecify.annotations.NullMarked;
