/** What every HTTP response of the application shares, below the security chain and Vaadin. */
@NullMarked
package vn.bca.antq.base.web;

import org.jspecify.annotations.NullMarked;
