package org.redflag.classify.weka;

import java.io.ObjectInputFilter;

/**
 * The filter a model's classifier is deserialised through: the classes of {@link ModelFiles#CLASSES} within
 * the limits of {@link ModelFiles#LIMITS}. It remembers why it refused a stream, to say so in words: the JDK
 * tells only "filter status: REJECTED", in an exception of the same class as a classifier saved by another
 * version of Weka. One per stream.
 */
final class ModelAllowList implements ObjectInputFilter {

    private final ObjectInputFilter limits = Config.createFilter(ModelFiles.LIMITS);
    private final ObjectInputFilter classes = Config.createFilter(ModelFiles.CLASSES);
    private String refusal;

    @Override
    public Status checkInput(FilterInfo info) {
        if (limits.checkInput(info) == Status.REJECTED) {
            refused("its classifier goes past the limits a model may have (nesting, references, array length or size)");
            return Status.REJECTED;
        }
        Status status = classes.checkInput(info);
        if (status == Status.REJECTED) {
            refused("it names " + info.serialClass().getTypeName() + ", a class outside the model allow-list");
        }
        return status;
    }

    /** @return why the stream was refused, in words; null when it was not */
    String refusal() {
        return refusal;
    }

    private void refused(String why) {
        if (refusal == null) {
            refusal = why;
        }
    }
}
