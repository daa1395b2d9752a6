package org.redflag.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.features.FeatureSnapshot;

/**
 * A process that re-scores an index in place, for {@link KilledWriterTest}: it stores N analysed ads as
 * LOW under model m1 and commits, then changes their assessments in place to HIGH under model m2 in id
 * order, committing after every batch ({@code committed K}). After C commits it changes one more batch,
 * prints {@code uncommitted}, and waits to be killed.
 *
 * <p>Arguments: the index folder, N, the batch size, C.
 */
public final class AssessmentWritingChild {

    private AssessmentWritingChild() {
    }

    static String id(int i) {
        return String.format("ad-%05d", i);
    }

    static RiskAssessment assessment(String id, FeatureSnapshot f, boolean rescored) {
        return rescored ? new RiskAssessment(id, 0.9, RiskLevel.HIGH, f.vector().indicators(), "m2")
                : new RiskAssessment(id, 0.1, RiskLevel.LOW, f.vector().indicators(), "m1");
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        int commits = Integer.parseInt(args[3]);
        LuceneAdIndex index = LuceneAdIndex.open(dir);
        for (int i = 0; i < total; i++) {
            JobAd ad = LuceneAdIndexTest.ad(id(i), "pay the fee of ad " + i + " and hand over your passport");
            FeatureSnapshot f = StoredFeaturesTest.features(ad);
            index.store(LuceneAdIndexTest.analysis(ad), f, assessment(ad.id(), f, false));
        }
        index.commit();
        for (int i = 0; i < (commits + 1) * batch; i++) {
            String id = id(i);
            index.storeAssessment(id, assessment(id, index.storedFeatures(id).orElseThrow(), true));
            if ((i + 1) % batch == 0 && (i + 1) / batch <= commits) {
                index.commit();
                System.out.println("committed " + (i + 1));
            }
        }
        System.out.println("uncommitted");
        System.out.flush();
        System.in.read(); // killed here, with a batch of in-place updates not committed
    }
}
