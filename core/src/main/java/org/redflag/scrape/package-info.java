/**
 * Getting ads off job boards: {@link org.redflag.scrape.Fetcher} fetches pages politely and safely,
 * {@link org.redflag.scrape.AdExtractor} turns a page into a {@link org.redflag.ad.JobAd},
 * {@link org.redflag.scrape.SiteProfile} describes one board, {@link org.redflag.scrape.UrlFilter} keeps
 * the crawler off private networks, {@link org.redflag.scrape.Validators} and
 * {@link org.redflag.scrape.CrawlMemory} let a crawl skip what has not changed, and
 * {@link org.redflag.scrape.Defaults} holds every politeness and safety default. Implementations on
 * jsoup in {@code scrape.jsoup}.
 */
package org.redflag.scrape;
