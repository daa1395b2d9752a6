/**
 * The scan job: crawl the sites, analyse and score the new or changed ads, write the report.
 * One {@code @Configuration}, {@link org.redflag.batch.scan.ScanJobConfiguration}.
 */
package org.redflag.batch.scan;
