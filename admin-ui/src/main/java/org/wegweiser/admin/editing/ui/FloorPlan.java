package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.wegweiser.content.ContentAssets;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A floor plan as the kiosk draws it: the picture at full width, a room's marker at fractions of
 * its width and height from the top left (what {@code RoomDraft.x/y} hold). A click can place the marker.
 */
final class FloorPlan extends Div {

    private final Image image = new Image();
    private final Span marker = new Span();
    private final Div none = new Div();

    FloorPlan() {
        addClassName("admin-plan");
        marker.addClassName("admin-plan-marker");
        marker.getElement().setAttribute("aria-hidden", "true");
        marker.setVisible(false);
        none.addClassName("admin-hint");
        none.setText(getTranslation("admin.edit.place.plan.none"));
        add(image, marker, none);
    }

    /** Shows the plan, or says there is none. */
    void show(Optional<ContentAssets.Asset> plan, String alt) {
        image.setVisible(plan.isPresent());
        none.setVisible(plan.isEmpty());
        plan.ifPresent(asset -> {
            byte[] data = asset.data();
            String fileName = asset.name().substring(asset.name().lastIndexOf('/') + 1);
            image.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(data), fileName, asset.contentType(), data.length)));
            image.setAlt(alt);
        });
    }

    /** Calls {@code picked} with the fractions (0 to 1) of the point clicked on the plan. */
    void onPick(BiConsumer<Double, Double> picked) {
        image.addClassName("admin-plan-pickable");
        image.getElement().addEventListener("click", event -> {
            var data = event.getEventData();
            double width = data.get("element.clientWidth").asDouble();
            double height = data.get("element.clientHeight").asDouble();
            if (width > 0 && height > 0) {
                picked.accept(fraction(data.get("event.offsetX").asDouble() / width),
                        fraction(data.get("event.offsetY").asDouble() / height));
            }
        }).addEventData("event.offsetX").addEventData("event.offsetY")
                .addEventData("element.clientWidth").addEventData("element.clientHeight");
    }

    /** Puts the marker at fractions of the plan, or hides it when the room is not placed. */
    void mark(Double x, Double y, String label) {
        boolean placed = x != null && y != null && x >= 0 && x <= 1 && y >= 0 && y <= 1;
        marker.setVisible(placed);
        if (placed) {
            marker.setText(label);
            // Plans are drawn left to right whatever the page direction, as on the kiosk.
            marker.getStyle().set("left", (x * 100) + "%").set("top", (y * 100) + "%");
        }
    }

    private static double fraction(double value) {
        return Math.round(Math.clamp(value, 0, 1) * 1000) / 1000.0;
    }
}
