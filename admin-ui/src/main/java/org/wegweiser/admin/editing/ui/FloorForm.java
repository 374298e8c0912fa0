package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.wegweiser.content.FloorDraft;
import org.wegweiser.content.PlaceEditing;
import org.wegweiser.content.ServiceDraft;
import org.wegweiser.upload.ImageUse;
import org.wegweiser.upload.UploadRefused;

import java.util.Map;

/**
 * A floor: name, building, level and its plan. An uploaded plan is checked and kept at once and
 * shown; the floor names it when saved. A refused upload says why beside the upload and changes
 * nothing else in the form.
 */
class FloorForm extends PlaceForm<FloorDraft> {

    static final int MEGABYTE = 1024 * 1024;

    private final PlaceEditing places;
    private final TextField key = new TextField();
    private final ComboBox<String> building = new ComboBox<>();
    private final TextField name = new TextField();
    private final IntegerField level = new IntegerField();
    private final FloorPlan plan = new FloorPlan();
    private final Div refused = new Div();
    private final Div uploadedNote = new Div();
    private final Upload upload;
    private String planImage = "";
    private FloorDraft read;

    FloorForm(PlaceEditing places, Map<String, String> buildings, boolean creating) {
        super("building", buildings);
        this.places = places;
        PlaceForms.key(fields, key, creating, FloorDraft::key);
        PlaceForms.parent(fields, building, "building", buildings, creating, FloorDraft::building);
        fields.text(name, "name", true, ServiceDraft.TITLE_MAX).bind(FloorDraft::name, (d, v) -> { });
        fields.place(level, "level");
        level.setHelperText(getTranslation("admin.edit.place.level.help"));
        level.setStepButtonsVisible(true);
        fields.binder.forField(level).asRequired(getTranslation("admin.edit.required"))
                .bind(FloorDraft::level, (d, v) -> { });
        var layout = getContent();
        PlaceForms.layout(layout, fields);

        layout.add(new H2(field("planImage")), 2);
        var hint = new Div(getTranslation("admin.edit.place.plan.help", ImageUse.FLOOR_PLAN.maxBytes() / MEGABYTE));
        hint.addClassName("admin-hint");
        refused.addClassName("admin-upload-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.setVisible(false);
        uploadedNote.addClassName("admin-upload-ok");
        uploadedNote.getElement().setAttribute("role", "status");
        uploadedNote.setVisible(false);
        upload = new Upload(event -> {
            var ui = event.getUI();
            try {
                String stored = places.storePlan(event.getFileName(), event.getInputStream());
                ui.access(() -> uploaded(stored));
            } catch (UploadRefused refusal) {
                ui.access(() -> refuse(getTranslation(refusal.messageKey(), refusal.arguments())));
            }
        });
        upload.setMaxFiles(1);
        // Only a hint for the browser: the server checks the size (and the content) again.
        upload.setMaxFileSize(Math.toIntExact(ImageUse.FLOOR_PLAN.maxBytes()));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admin.edit.place.plan.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admin.edit.place.plan.drop"))));
        upload.addFileRejectedListener(e -> refuse(e.getErrorMessage().toLowerCase().contains("type")
                ? getTranslation("admin.edit.place.plan.type", e.getFileName())
                : getTranslation(UploadRefused.TOO_LARGE, e.getFileName(), ImageUse.FLOOR_PLAN.maxBytes() / MEGABYTE)));
        upload.getElement().setAttribute("aria-label", field("planImage"));
        var uploadBox = new Div(hint, upload, refused, uploadedNote);
        uploadBox.addClassName("admin-plan-upload");
        layout.add(uploadBox, 2);
        layout.add(plan, 2);
    }

    private void uploaded(String stored) {
        refused.setVisible(false);
        uploadedNote.setText(getTranslation("admin.edit.place.plan.uploaded"));
        uploadedNote.setVisible(true);
        planImage = stored;
        upload.clearFileList();
        showPlan();
    }

    private void refuse(String message) {
        refused.setText(message);
        refused.setVisible(true);
        uploadedNote.setVisible(false);
        upload.clearFileList();
    }

    private void showPlan() {
        plan.show(planImage.isBlank() ? java.util.Optional.empty() : places.plan(planImage),
                getTranslation("admin.edit.place.plan.alt", name.getValue()));
    }

    @Override
    public void read(FloorDraft draft) {
        read = draft;
        fields.binder.readBean(draft);
        planImage = draft.planImage();
        uploadedNote.setVisible(false);
        showPlan();
    }

    @Override
    public FloorDraft valueIfValid() {
        if (!fields.binder.validate().isOk()) {
            return null;
        }
        return new FloorDraft(key.getValue().strip(), read.version(), building.getValue(), name.getValue(),
                level.getValue(), planImage);
    }

    @Override
    public boolean showProblem(String field, String message) {
        if (field.equals("planImage")) {
            refuse(message);
            return true;
        }
        return fields.showProblem(field, message);
    }
}
