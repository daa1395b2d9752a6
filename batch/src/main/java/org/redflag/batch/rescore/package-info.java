/**
 * The rescore job: every analysed ad in the index scored again with another model, from its stored
 * analysis, without running CoreNLP.
 */
package org.redflag.batch.rescore;
