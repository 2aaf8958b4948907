/** Sign-in, password change, and the ADMIN's pages for accounts, presenter tokens and the audit log. */
@NullMarked
package vn.bca.antq.security.ui;

import org.jspecify.annotations.NullMarked;
