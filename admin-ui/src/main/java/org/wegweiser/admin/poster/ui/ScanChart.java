package org.wegweiser.admin.poster.ui;

import com.vaadin.flow.component.html.Span;

import java.util.Arrays;

/** A small bar chart of daily scans, drawn on the server as SVG (no chart component needed). */
final class ScanChart {

    private ScanChart() {
    }

    static Span of(int[] daily, String label) {
        int max = Math.max(1, Arrays.stream(daily).max().orElse(1));
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(daily.length * 4).append(" 20\" width=\"").append(daily.length * 4)
                .append("\" height=\"20\" role=\"img\"><title>").append(label.replace("<", "&lt;")).append("</title>");
        for (int i = 0; i < daily.length; i++) {
            double height = daily[i] == 0 ? 0.5 : Math.max(1.5, 20.0 * daily[i] / max);
            svg.append("<rect x=\"").append(i * 4).append("\" y=\"").append(20 - height).append("\" width=\"3\" height=\"")
                    .append(height).append("\" fill=\"#0b4f8a\"/>");
        }
        svg.append("</svg>");
        var chart = new Span();
        chart.getElement().setProperty("innerHTML", svg.toString());
        chart.addClassName("admin-scan-chart");
        return chart;
    }
}
