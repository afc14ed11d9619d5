/**
 * The subcommands of {@code ./kneadwise} and the dispatcher that picks one. Exposed to other modules so that each can
 * contribute a command; {@code kneadwise.Kneadwise} lists them.
 */
@NullMarked
@NamedInterface("cli")
package kneadwise.system.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
