/** The per-run report: a self-contained HTML page (inline SVG charts), and JSON and CSV exports of the scored ads. */
package org.redflag.batch.report;
