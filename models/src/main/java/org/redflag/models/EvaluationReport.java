package org.redflag.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an evaluation as one self-contained HTML page: the metrics, the confusion matrix, the ROC
 * curve, the precision-recall curve and a calibration plot as inline SVG, and the indicator table.
 * The page needs no network to open.
 */
public final class EvaluationReport {

    private static final int SIZE = 300;
    private static final int MARGIN = 40;

    private EvaluationReport() {
    }

    /**
     * @param evaluation the evaluation
     * @param dir the directory to write {@code evaluation.html} into; created when missing
     * @return the page written
     */
    public static Path write(Evaluation evaluation, Path dir) {
        try {
            Files.createDirectories(dir);
            Path page = dir.resolve("evaluation.html");
            Files.writeString(page, html(evaluation), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evaluation report to " + dir + ": " + e.getMessage(), e);
        }
    }

    static String html(Evaluation e) {
        BinaryMetrics c = e.classifier();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Redflag evaluation</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}")
                .append("th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}")
                .append(".plots{display:flex;flex-wrap:wrap;gap:1.5em}figure{margin:0}figcaption{font-weight:600;margin-bottom:.3em}")
                .append("svg text{font-size:11px;fill:#444}</style></head><body>");
        sb.append("<h1>Redflag evaluation</h1><p>").append(escape(e.method())).append("<br>model or learner: <code>")
                .append(escape(e.model())).append("</code></p>");
        sb.append("<table><tr><th>ads</th><th>precision</th><th>recall</th><th>F1</th><th>ROC-AUC</th><th>PR-AUC</th></tr><tr>")
                .append(cell(c.ads())).append(cell(c.precision())).append(cell(c.recall())).append(cell(c.f1()))
                .append(cell(c.rocAuc())).append(cell(c.prAuc())).append("</tr></table>");
        sb.append("<table><tr><th></th><th>classed risky</th><th>classed legitimate</th></tr>")
                .append("<tr><td>risky</td>").append(cell(c.truePositives())).append(cell(c.falseNegatives())).append("</tr>")
                .append("<tr><td>legitimate</td>").append(cell(c.falsePositives())).append(cell(c.trueNegatives()))
                .append("</tr></table>");
        sb.append("<div class=\"plots\">");
        sb.append(figure("ROC curve", "false-positive rate", "true-positive rate", e.curves().roc(), true));
        sb.append(figure("Precision-recall curve", "recall", "precision", e.curves().precisionRecall(), false));
        sb.append(calibration(c.calibration()));
        sb.append("</div>");
        if (e.indicators() != null) {
            IndicatorMetrics i = e.indicators();
            sb.append("<h2>Indicators</h2><p>").append(i.ads()).append(" annotated ads; micro precision ")
                    .append(format(i.microPrecision())).append(", recall ").append(format(i.microRecall())).append(", F1 ")
                    .append(format(i.microF1())).append("</p>");
            sb.append("<table><tr><th>code</th><th>precision</th><th>its 95 % interval</th><th>finds</th><th>recall</th>"
                    + "<th>F1</th><th>ads annotated</th></tr>");
            for (Map.Entry<String, IndicatorMetrics.CodeScore> s : i.perCode().entrySet()) {
                IndicatorMetrics.CodeScore score = s.getValue();
                sb.append("<tr><td>").append(escape(s.getKey())).append("</td>").append(cell(score.precision()))
                        .append("<td>").append(format(score.precisionInterval().low())).append("–")
                        .append(format(score.precisionInterval().high())).append("</td>").append(cell(score.finds()))
                        .append(cell(score.recall())).append(cell(score.f1())).append(cell(score.support())).append("</tr>");
            }
            sb.append("</table>");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String figure(String title, String xLabel, String yLabel, List<Curves.Point> points, boolean diagonal) {
        StringBuilder path = new StringBuilder();
        for (Curves.Point p : points) {
            path.append(path.isEmpty() ? "M" : " L").append(x(p.x())).append(',').append(y(p.y()));
        }
        return "<figure><figcaption>" + title + "</figcaption>" + frame(xLabel, yLabel)
                + (diagonal ? line(0, 0, 1, 1) : "")
                + "<path d=\"" + path + "\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/></svg></figure>";
    }

    private static String calibration(List<BinaryMetrics.CalibrationBin> bins) {
        StringBuilder sb = new StringBuilder("<figure><figcaption>Calibration (circle area: ads in the bin)</figcaption>")
                .append(frame("mean predicted risk", "share actually risky")).append(line(0, 0, 1, 1));
        int max = bins.stream().mapToInt(BinaryMetrics.CalibrationBin::ads).max().orElse(1);
        for (BinaryMetrics.CalibrationBin b : bins) {
            if (b.ads() > 0) {
                sb.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#2980b9\" fill-opacity=\".6\"><title>%.1f-%.1f: %d ads</title></circle>",
                        x(b.meanRisk()), y(b.riskyShare()), 3 + 12 * Math.sqrt((double) b.ads() / max), b.from(), b.to(), b.ads()));
            }
        }
        return sb.append("</svg></figure>").toString();
    }

    private static String frame(String xLabel, String yLabel) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">", SIZE + 2 * MARGIN,
                SIZE + 2 * MARGIN));
        sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>",
                MARGIN, MARGIN, SIZE, SIZE));
        for (int t = 0; t <= 10; t += 2) {
            double v = t / 10.0;
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>", x(v),
                    MARGIN + SIZE + 14, v));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>", MARGIN - 4,
                    y(v) + 4, v));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", MARGIN + SIZE / 2,
                MARGIN + SIZE + 32, xLabel));
        sb.append(String.format(Locale.ROOT,
                "<text transform=\"translate(12,%d) rotate(-90)\" text-anchor=\"middle\">%s</text>", MARGIN + SIZE / 2, yLabel));
        return sb.toString();
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#aaa\" stroke-dasharray=\"4 4\"/>", x(x1), y(y1),
                x(x2), y(y2));
    }

    private static double x(double v) {
        return MARGIN + v * SIZE;
    }

    private static double y(double v) {
        return MARGIN + (1 - v) * SIZE;
    }

    private static String cell(double v) {
        return "<td>" + format(v) + "</td>";
    }

    private static String cell(int v) {
        return "<td>" + v + "</td>";
    }

    /** @return v with three decimals, or {@code -} where it is undefined (NaN) */
    private static String format(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
