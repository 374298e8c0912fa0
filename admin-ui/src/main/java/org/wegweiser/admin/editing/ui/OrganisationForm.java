package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.OrganisationDraft;
import org.wegweiser.content.ServiceDraft;
import org.wegweiser.upload.ImageUse;
import org.wegweiser.upload.UploadRefused;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.function.BiFunction;

/**
 * The organisation settings: German name, logo, colours, languages, default language, time zone
 * and the public address of the QR codes. The logo is checked on upload and named in the settings
 * on save; a refused upload leaves every typed value as it was.
 */
class OrganisationForm extends Composite<FormLayout> implements SaveAction.Form<OrganisationDraft>, SaveAction.Labels {

    private final FormFields<OrganisationDraft> fields = new FormFields<>(this, this::field);
    private final ContentAssets assets;
    private final TextField name = new TextField();
    private final Div logoBox = new Div();
    private final Div logoPreview = new Div();
    private final Span logoMessage = new Span();
    private final Upload upload;
    private final TextField primaryColor = new TextField();
    private final TextField accentColor = new TextField();
    private final LanguagesField languages = new LanguagesField();
    private final ComboBox<String> defaultLanguage = new ComboBox<>();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextField publicBaseUrl = new TextField();
    private final Paragraph baseUrlWarning = new Paragraph();
    private OrganisationDraft read;
    private String logo = "";

    /** @param uploadLogo checks and keeps an upload (file name, bytes) and gives its asset name */
    OrganisationForm(ContentAssets assets, BiFunction<String, byte[], String> uploadLogo) {
        this.assets = assets;
        fields.text(name, "name", true, ServiceDraft.TITLE_MAX).bind(OrganisationDraft::name, (d, v) -> { });
        name.setHelperText(getTranslation("admin.organisation.name.help"));
        name.addValueChangeListener(e -> logoPreview.getChildren().filter(Image.class::isInstance)
                .forEach(image -> ((Image) image).setAlt(getTranslation("admin.organisation.logo.alt", e.getValue()))));
        colour(primaryColor, "primaryColor", OrganisationDraft::primaryColor);
        colour(accentColor, "accentColor", OrganisationDraft::accentColor);
        primaryColor.setHelperText(getTranslation("admin.organisation.primaryColor.help"));
        accentColor.setHelperText(getTranslation("admin.organisation.accentColor.help"));
        fields.place(languages, "languages");
        languages.setHelperText(getTranslation("admin.organisation.languages.help"));
        fields.binder.forField(languages).bind(OrganisationDraft::languages, (d, v) -> { });
        fields.text(defaultLanguage, "defaultLanguage", true, ServiceDraft.LINE_MAX)
                .bind(OrganisationDraft::defaultLanguage, (d, v) -> { });
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        fields.text(timeZone, "timeZone", true, ServiceDraft.LINE_MAX).bind(OrganisationDraft::timeZone, (d, v) -> { });
        fields.text(publicBaseUrl, "publicBaseUrl", true, ServiceDraft.LINE_MAX)
                .bind(OrganisationDraft::publicBaseUrl, (d, v) -> { });
        publicBaseUrl.setHelperText(getTranslation("admin.organisation.publicBaseUrl.help"));
        baseUrlWarning.setText(getTranslation("admin.organisation.publicBaseUrl.warning"));
        baseUrlWarning.addClassName("admin-organisation-warning");
        baseUrlWarning.getElement().setAttribute("role", "status");
        baseUrlWarning.setVisible(false);
        publicBaseUrl.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        publicBaseUrl.addValueChangeListener(e -> baseUrlWarning.setVisible(
                read != null && !e.getValue().strip().equals(read.publicBaseUrl())));

        upload = new Upload(event -> {
            // The server's limit, whatever the browser was told: at most one byte more than allowed is read.
            byte[] bytes = event.getInputStream().readNBytes(Math.toIntExact(ImageUse.LOGO.maxBytes() + 1));
            String fileName = event.getFileName();
            event.getUI().access(() -> {
                try {
                    logoUploaded(uploadLogo.apply(fileName, bytes));
                } catch (UploadRefused refused) {
                    refuseUpload(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Math.toIntExact(ImageUse.LOGO.maxBytes()));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> refuseUpload(getTranslation(UploadRefused.TOO_LARGE,
                e.getFileName(), ImageUse.LOGO.maxBytes() / (1024 * 1024))));
        var choose = new com.vaadin.flow.component.button.Button(getTranslation("admin.organisation.logo.upload"));
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span(getTranslation("admin.organisation.logo.drop")));
        var logoLabel = new Span(getTranslation("admin.organisation.logo"));
        logoLabel.addClassName("admin-organisation-logo-label");
        logoMessage.addClassName("admin-upload-refused");
        logoMessage.getElement().setAttribute("role", "alert");
        logoMessage.setVisible(false);
        var logoHelp = new Span(getTranslation("admin.organisation.logo.help"));
        logoHelp.addClassName("admin-organisation-help");
        logoPreview.addClassName("admin-organisation-logo");
        logoBox.addClassName("admin-organisation-logo-box");
        logoBox.add(logoLabel, logoPreview, upload, logoMessage, logoHelp);

        getContent().addClassName("admin-edit-form");
        var zoneAndUrl = new Div(publicBaseUrl, baseUrlWarning);
        zoneAndUrl.addClassName("admin-organisation-url");
        getContent().add(name, logoBox, primaryColor, accentColor, languages, defaultLanguage, timeZone, zoneAndUrl);
        getContent().setColspan(name, 2);
        getContent().setColspan(logoBox, 2);
        getContent().setColspan(languages, 2);
        getContent().setColspan(zoneAndUrl, 2);
    }

    private void colour(TextField field, String fieldName,
                        com.vaadin.flow.function.ValueProvider<OrganisationDraft, String> getter) {
        var swatch = new Span();
        swatch.addClassName("admin-colour-swatch");
        swatch.getElement().setAttribute("aria-hidden", "true");
        field.setPrefixComponent(swatch);
        field.setPlaceholder("#0b4f8a");
        field.setMaxLength(7);
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> swatch.getStyle().set("background",
                e.getValue().matches("#[0-9a-fA-F]{6}") ? e.getValue() : "transparent"));
        fields.text(field, fieldName, true, 7).bind(getter, (d, v) -> { });
    }

    private void logoUploaded(String asset) {
        logoMessage.setVisible(false);
        upload.clearFileList(); // ready for another picture
        logo = asset;
        showLogo();
    }

    private void refuseUpload(String message) {
        logoMessage.setText(message);
        logoMessage.setVisible(true);
        upload.clearFileList();
    }

    private void showLogo() {
        logoPreview.removeAll();
        var found = logo.isEmpty() ? java.util.Optional.<ContentAssets.Asset>empty() : assets.find(logo);
        if (found.isEmpty()) {
            logoPreview.add(new Span(getTranslation("admin.organisation.logo.none")));
            return;
        }
        var asset = found.get();
        var image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(asset.data()), asset.name().replace('/', '-'), asset.contentType(),
                asset.data().length)), getTranslation("admin.organisation.logo.alt", name.getValue()));
        logoPreview.add(image);
    }

    @Override
    public void read(OrganisationDraft draft) {
        read = draft;
        logo = draft.logo();
        defaultLanguage.setItems(draft.languages().stream().map(OrganisationDraft.LanguageChoice::code).toList());
        defaultLanguage.setItemLabelGenerator(code -> draft.languages().stream().filter(l -> l.code().equals(code))
                .findFirst().map(OrganisationDraft.LanguageChoice::nativeName).orElse(code));
        fields.binder.readBean(draft);
        baseUrlWarning.setVisible(false);
        logoMessage.setVisible(false);
        showLogo();
    }

    @Override
    public OrganisationDraft valueIfValid() {
        if (!fields.binder.validate().isOk()) {
            return null;
        }
        return new OrganisationDraft(read.version(), name.getValue(), logo, primaryColor.getValue().strip(),
                accentColor.getValue().strip(), languages.getValue(), defaultLanguage.getValue(), timeZone.getValue(),
                publicBaseUrl.getValue().strip());
    }

    @Override
    public boolean showProblem(String field, String message) {
        if (field.equals("logo")) {
            refuseUpload(message);
            return true;
        }
        return fields.showProblem(field, message);
    }

    @Override
    public String field(String field) {
        return getTranslation("admin.organisation." + field);
    }

    @Override
    public String value(String field, String value) {
        return value;
    }
}
