/**
 * From an analysed ad to what a classifier sees: the indicators of {@code indicators.md} with their
 * evidence, and named numeric features. The indicator rules are data under
 * {@code org/redflag/features/rules}.
 */
package org.redflag.features;
