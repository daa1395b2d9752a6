package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationReportTest {

    private static final double[] SCORES = {0.9, 0.8, 0.7, 0.4, 0.3, 0.1};
    private static final boolean[] RISKY = {true, true, false, true, false, false};

    @Test
    void theCurvesRunFromTheRiskiestScoreDown() {
        Curves c = Curves.of(SCORES, RISKY);
        assertThat(c.roc()).first().isEqualTo(new Curves.Point(0, 0));
        assertThat(c.roc()).last().isEqualTo(new Curves.Point(1, 1));
        assertThat(c.roc().get(2)).isEqualTo(new Curves.Point(0, 2 / 3.0));
        assertThat(c.precisionRecall().get(2)).isEqualTo(new Curves.Point(2 / 3.0, 2 / 3.0));
        assertThat(c.precisionRecall()).last().isEqualTo(new Curves.Point(1, 0.5));
    }

    @Test
    void tiedScoresMakeOnePoint() {
        Curves c = Curves.of(new double[] {0.5, 0.5, 0.2}, new boolean[] {true, false, false});
        assertThat(c.roc()).containsExactly(new Curves.Point(0, 0), new Curves.Point(0.5, 1), new Curves.Point(1, 1));
    }

    @Test
    void theReportIsOnePageWithThreePlotsAndNoNetwork(@TempDir Path dir) throws IOException {
        Evaluation e = new Evaluation("held-out", "model <1>", BinaryMetrics.of(SCORES, RISKY, 0.5), null,
                Curves.of(SCORES, RISKY));
        Path page = EvaluationReport.write(e, dir.resolve("new"));
        String html = Files.readString(page);
        assertThat(html).contains("ROC curve", "Precision-recall curve", "Calibration", "model &lt;1&gt;");
        assertThat(html.split("<svg", -1)).hasSize(4);
        assertThat(html).doesNotContain("src=\"http", "href=\"http");
    }

    @Test
    void eachIndicatorShowsHowManyFindsItsPrecisionRestsOn(@TempDir Path dir) throws IOException {
        IndicatorMetrics indicators = new IndicatorMetrics(3, 0.5, 1, 0.667,
                Map.of("URGENCY", new IndicatorMetrics.CodeScore(0.5, 1, 0.667, 1, 2, WilsonInterval.of(1, 2))), Map.of());
        Evaluation e = new Evaluation("held-out", "m", BinaryMetrics.of(SCORES, RISKY, 0.5), indicators, Curves.of(SCORES, RISKY));
        String html = Files.readString(EvaluationReport.write(e, dir.resolve("report")));
        assertThat(html).contains("<td>URGENCY</td><td>0.500</td><td>0.095–0.905</td><td>2</td><td>1.000</td>");
    }
}
