/**
 * Getting ads off job boards: {@link org.redflag.scrape.Fetcher} fetches pages politely and safely,
 * {@link org.redflag.scrape.AdExtractor} turns a page into a {@link org.redflag.ad.JobAd},
 * {@link org.redflag.scrape.SiteProfile} describes one board. Implementations on jsoup in {@code scrape.jsoup}.
 */
package org.redflag.scrape;
