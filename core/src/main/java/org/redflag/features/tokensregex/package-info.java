/** Indicator rules as CoreNLP TokensRegex files: one file per indicator, read from the class path or a folder. */
package org.redflag.features.tokensregex;
