/**
 * The web layer before and after the controllers: bad requests refused first, one error path (problem documents, never
 * a 500 for bad input), and the forwarded headers of trusted reverse proxies.
 */
@NullMarked
package kneadwise.system.web;

import org.jspecify.annotations.NullMarked;
