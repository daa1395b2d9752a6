/** The scraper on jsoup: fetching, ad extraction (schema.org JobPosting or main text) and crawling a site. */
package org.redflag.scrape.jsoup;
