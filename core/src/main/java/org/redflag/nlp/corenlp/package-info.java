/** The {@link org.redflag.nlp.TextAnalyzer} on Stanford CoreNLP. */
package org.redflag.nlp.corenlp;
