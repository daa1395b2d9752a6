/** The domain values that travel through Redflag: job ads and fetched pages. Records, immutable. */
package org.redflag.ad;
