package org.wegweiser.admin.contentpackage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentPackageException;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.user.CurrentUser;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * Export the draft content as a package, or import one (a town's own, or another town's as a
 * starting point). A package with errors changes nothing and every error is listed with its place.
 */
@Route("content-package")
@RolesAllowed({"ADMIN", "EDITOR"})
class ContentPackageView extends Main implements HasDynamicTitle {

    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ContentPackageService packages;
    private final Div result = new Div();

    ContentPackageView(ContentPackageService packages) {
        this.packages = packages;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.package.title")));

        add(new H2(getTranslation("admin.package.export")));
        if (packages.hasContent()) {
            var export = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] json = packages.exportPackage();
                return new DownloadResponse(new ByteArrayInputStream(json),
                        "wegweiser-content-" + LocalDate.now() + ".json", "application/json", json.length);
            }), getTranslation("admin.package.download"));
            export.addClassName("admin-export");
            add(export);
            add(topicExport());
        } else {
            add(new Paragraph(getTranslation("admin.dashboard.empty")));
        }

        add(new H2(getTranslation("admin.package.import")));
        add(new Paragraph(getTranslation("admin.package.importHint")));
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> {
                    preview(metadata.fileName(), bytes);
                    upload.clearFileList(); // ready for the next file
                }))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> showProblems(getTranslation("admin.package.rejected", e.getErrorMessage()),
                java.util.List.of()));
        add(upload);
        result.getElement().setAttribute("role", "status");
        result.addClassName("admin-import-result");
        add(result);
    }

    /** Only some topics, with their services and what those need, e.g. to start another town with them. */
    private com.vaadin.flow.component.Component topicExport() {
        var draft = packages.draft();
        String source = draft.organisation().defaultLanguage();
        var titles = new java.util.LinkedHashMap<String, String>();
        draft.topics().forEach(t -> titles.put(t.key(), t.title().in(java.util.List.of(source))));
        var topics = new com.vaadin.flow.component.combobox.MultiSelectComboBox<String>(
                getTranslation("admin.package.topics"));
        topics.setItems(titles.keySet());
        topics.setItemLabelGenerator(key -> titles.getOrDefault(key, key));
        topics.setHelperText(getTranslation("admin.package.topicsHelp"));
        topics.setWidth("28rem");
        topics.addClassName("admin-export-topics");
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = packages.exportTopics(topics.getValue());
            return new DownloadResponse(new ByteArrayInputStream(json),
                    "wegweiser-topics-" + LocalDate.now() + ".json", "application/json", json.length);
        }), getTranslation("admin.package.downloadTopics"));
        download.addClassName("admin-export-selection");
        // Hidden rather than disabled: a greyed-out link is unreadable and does nothing.
        download.setVisible(false);
        topics.addValueChangeListener(e -> download.setVisible(!e.getValue().isEmpty()));
        var box = new Div(topics, download);
        box.addClassName("admin-topic-export");
        return box;
    }

    /** A dry run first: what would be created, changed and removed; nothing is written until confirmed. */
    private void preview(String fileName, byte[] bytes) {
        try {
            var preview = packages.preview(bytes);
            result.removeAll();
            result.getElement().setAttribute("role", "status");
            result.add(new Paragraph(getTranslation("admin.package.preview", fileName, preview.textsChanged())));
            var list = new UnorderedList();
            list.addClassName("admin-import-preview");
            for (var kind : preview.kinds()) {
                list.add(new ListItem(getTranslation("admin.package.kind", kind.kind(), kind.created().size(),
                        kind.changed().size(), kind.removed().size(), kind.unchanged(),
                        kind.removed().isEmpty() ? "" : getTranslation("admin.package.removedKeys",
                                String.join(", ", kind.removed())))));
            }
            result.add(list);
            var confirm = new com.vaadin.flow.component.button.Button(getTranslation("admin.package.confirm"),
                    e -> importPackage(fileName, bytes));
            confirm.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            result.add(confirm);
        } catch (ContentPackageException e) {
            showProblems(getTranslation("admin.package.refused", fileName, e.problems().size()),
                    e.problems().stream().map(ContentPackageException.Problem::toString).toList());
        }
    }

    private void importPackage(String fileName, byte[] bytes) {
        try {
            var imported = packages.importPackage(bytes, CurrentUser.name());
            result.removeAll();
            result.getElement().setAttribute("role", "status");
            result.add(new Paragraph(getTranslation("admin.package.imported", fileName, imported.services(),
                    imported.topics(), imported.languages(), imported.texts())));
        } catch (ContentPackageException e) {
            showProblems(getTranslation("admin.package.refused", fileName, e.problems().size()),
                    e.problems().stream().map(ContentPackageException.Problem::toString).toList());
        }
    }

    private void showProblems(String heading, java.util.List<String> problems) {
        result.removeAll();
        result.getElement().setAttribute("role", "alert");
        result.add(new Paragraph(heading));
        var list = new UnorderedList();
        problems.stream().limit(50).forEach(p -> list.add(new ListItem(p)));
        result.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.package.title") + " – " + getTranslation("admin.app.name");
    }
}
