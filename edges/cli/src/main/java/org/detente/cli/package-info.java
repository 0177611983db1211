/**
 * The command line: {@link org.detente.cli.Main} and its subcommands; the engine interface the
 * cluster engine implements lives in {@code org.detente.tournament}. Nothing here is meant to be
 * called from other code but {@code Main}.
 */
package org.detente.cli;
