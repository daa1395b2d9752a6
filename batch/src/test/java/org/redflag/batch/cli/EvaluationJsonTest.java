package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.redflag.features.IndicatorMatch;
import org.redflag.models.BinaryMetrics;
import org.redflag.models.Evaluation;
import org.redflag.models.IndicatorMetrics;

class EvaluationJsonTest {

    @Test
    void everyMapOfTheJsonKeepsItsOrderSoThatIdenticalRunsPrintTheSameBytes() {
        Map<String, IndicatorMetrics.CodeScore> perCode = new LinkedHashMap<>();
        perCode.put("RECRUITMENT_FEE", new IndicatorMetrics.CodeScore(1, 1, 1, 1, 1, null));
        Evaluation e = new Evaluation("held-out", "m1", BinaryMetrics.of(new double[] {0.1, 0.9, 0.8, 0.2},
                new boolean[] {false, true, true, false}, 0.5), new IndicatorMetrics(1, 1, 1, 1, perCode,
                        new EnumMap<>(IndicatorMatch.Source.class)), null);
        Map<String, Object> json = EvaluateCommand.jsonOf(e);
        assertOrdered(json);
        assertThat(Output.JSON.writeValueAsString(json)).contains("\"confusion\":{\"tp\":2,\"fp\":0,\"tn\":2,\"fn\":0}")
                .contains("\"indicators\":{\"ads\":1,\"microPrecision\":1.0,\"microRecall\":1.0,\"microF1\":1.0,\"perCode\"");
    }

    /** Fails on a map whose iteration order may change from one run to the next, such as {@code Map.of}'s. */
    private static void assertOrdered(Object value) {
        if (value instanceof Map<?, ?> map) {
            assertThat(map).isInstanceOfAny(LinkedHashMap.class, SortedMap.class, EnumMap.class);
            map.values().forEach(EvaluationJsonTest::assertOrdered);
        } else if (value instanceof List<?> list) {
            list.forEach(EvaluationJsonTest::assertOrdered);
        }
    }
}
