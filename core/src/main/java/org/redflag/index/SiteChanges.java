package org.redflag.index;

/**
 * How many of a site's ads the index stored as new or changed since a time ({@link AdIndex#changesSince}).
 *
 * @param newAds ads first stored since then
 * @param changedAds ads stored before then whose current content was stored since then
 */
public record SiteChanges(int newAds, int changedAds) {
}
