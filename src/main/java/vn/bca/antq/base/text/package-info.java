@NullMarked
package vn.bca.antq.base.text;

import org.jspecify.annotations.NullMarked;
