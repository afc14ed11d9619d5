/**
 * What every other module stands on: the command line, configuration, the database (embedded or external), health
 * and errors.
 */
@NullMarked
package kneadwise.system;

import org.jspecify.annotations.NullMarked;
