/**
 * The composition root: the Spring Boot application, the command line that lists every
 * feature's subcommand, and the commands that combine features (serve, export). Nothing
 * below depends on it.
 */
package org.ironriver;
