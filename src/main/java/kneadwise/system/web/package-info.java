/** How the web layer answers errors: problem documents, never a 500 for bad input. */
@NullMarked
package kneadwise.system.web;

import org.jspecify.annotations.NullMarked;
