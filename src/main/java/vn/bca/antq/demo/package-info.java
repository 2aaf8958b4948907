@NullMarked
package vn.bca.antq.demo;

import org.jspecify.annotations.NullMarked;
