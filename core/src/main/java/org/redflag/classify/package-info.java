/**
 * Risk classification: a {@link org.redflag.classify.RiskModel} turns a feature vector into a
 * {@link org.redflag.classify.RiskAssessment}; every model carries its {@link org.redflag.classify.ModelCard}.
 */
package org.redflag.classify;
