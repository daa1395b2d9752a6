/** Scans on a cron schedule in a long-running process: never two at once, stopped cleanly on SIGTERM. */
package org.redflag.batch.schedule;
