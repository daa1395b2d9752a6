/**
 * A learned complement to the indicator rules: a linear model per indicator over the character and word n-grams of an ad's
 * passages (its sentences, cut at line breaks), trained on the corpus's evidence. It finds an indicator said in words no rule
 * knows yet; the passage it scores highest is the evidence.
 */
package org.redflag.features.sentences;
