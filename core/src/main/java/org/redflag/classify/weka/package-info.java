/**
 * Risk models on Weka: the feature schema shared by training and scoring, the model, and model
 * files that load safely (checksum first, then deserialization through an allow-list).
 */
package org.redflag.classify.weka;
