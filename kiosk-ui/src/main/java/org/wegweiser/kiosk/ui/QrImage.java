package org.wegweiser.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.wegweiser.qr.ErrorCorrection;
import org.wegweiser.qr.QrCode;

/** A QR code drawn as vector SVG with a caption: how the kiosk hands over anything outside itself. */
final class QrImage {

    private QrImage() {
    }

    static Div of(String url, String caption, String className) {
        var box = new Div();
        box.addClassNames("kiosk-qr", className);
        var code = new Span();
        code.addClassName("kiosk-qr-code");
        code.getElement().setProperty("innerHTML", QrCode.encode(url, ErrorCorrection.M).toSvg(caption));
        code.getElement().setAttribute("data-url", url);
        var text = new Span(caption);
        text.addClassName("kiosk-qr-caption");
        box.add(code, text);
        return box;
    }
}
