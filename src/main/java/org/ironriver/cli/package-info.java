/**
 * What every subcommand shares: exit codes, one-line errors, and a Spring context without
 * the web server.
 */
package org.ironriver.cli;
