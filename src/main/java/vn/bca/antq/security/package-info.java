/**
 * Who may see what: accounts and their roles, the province scope of a province officer ({@link vn.bca.antq.security.AccessScope},
 * the one place that decides it), presenter device tokens, sign-in protection and the audit log. Services guard their
 * public methods with {@code @PreAuthorize} expressions that call the {@code accessScope} bean.
 */
@NullMarked
package vn.bca.antq.security;

import org.jspecify.annotations.NullMarked;
