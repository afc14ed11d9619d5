/**
 * What every other module stands on: the command line, configuration, the database (embedded or external), health,
 * errors, and the values an HTML form shows again (FormValues).
 */
@NullMarked
package kneadwise.system;

import org.jspecify.annotations.NullMarked;
