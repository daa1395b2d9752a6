/**
 * Training and evaluating Weka risk classifiers on labelled ads. {@link org.redflag.models.RiskModelTrainer#train}
 * returns a model; {@link org.redflag.models.ModelEvaluator} measures one on held-out ads or by
 * cross-validation. The default model ships in this module's jar.
 */
package org.redflag.models;
