/** What an ad shows, or leaves out, about who the employer is. */
package org.redflag.features.employer;
