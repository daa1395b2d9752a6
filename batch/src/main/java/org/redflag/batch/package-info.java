/**
 * The Redflag application: Spring Boot and Spring Batch jobs that scan job boards on a schedule,
 * the reports they write, and the {@code redflag} command line.
 */
package org.redflag.batch;
