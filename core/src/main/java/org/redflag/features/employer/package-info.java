/** Whether an ad names its employer: the structural part of {@code VAGUE_EMPLOYER}. */
package org.redflag.features.employer;
