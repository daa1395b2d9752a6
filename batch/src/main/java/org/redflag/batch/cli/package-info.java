/**
 * The {@code redflag} command line (picocli): one command per task, {@code --help} on each; exit 0
 * on success, 1 on failure, 2 on bad usage; one line on stderr for any error a user can cause.
 */
package org.redflag.batch.cli;
