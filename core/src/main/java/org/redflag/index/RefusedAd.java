package org.redflag.index;

import org.redflag.ad.JobAd;

/**
 * An ad that Redflag refused to assess, as the index keeps it ({@link AdIndex#refuse}).
 *
 * @param ad the ad, as stored
 * @param reason why it was refused
 * @param refusedAtMillis when, in milliseconds since the epoch
 */
public record RefusedAd(JobAd ad, String reason, long refusedAtMillis) {
}
