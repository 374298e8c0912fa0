package org.wegweiser.admin.poster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.poster.PaperFormat;
import org.wegweiser.poster.PosterRenderer;
import org.wegweiser.poster.Poster;
import org.wegweiser.poster.PosterTarget;
import org.wegweiser.poster.Posters;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.user.CurrentUser;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Posters: make a new one, and see every poster with its scans; point a printed one elsewhere. */
@Route("posters")
@RolesAllowed({"ADMIN", "EDITOR"})
class PostersView extends Main implements HasDynamicTitle {

    /** What the form edits; a failed validation keeps everything typed. */
    static final class PosterDraft {
        PosterTarget target;
        Set<String> languages = new LinkedHashSet<>();
        String format = "A4";
        Double distance = 1.0;
        boolean bleed;
        String placement = "";
    }

    record TargetOption(PosterTarget target, String label) {
    }

    private final Posters posters;
    private final PublishedContent published;
    private final PosterRenderer renderer;
    private final Grid<Poster> grid = new Grid<>();
    private final Div made = new Div();

    PostersView(Posters posters, PublishedContent published, PosterRenderer renderer) {
        this.posters = posters;
        this.published = published;
        this.renderer = renderer;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.posters.title")));
        var content = published.current();
        if (content.isEmpty()) {
            add(new Paragraph(getTranslation("admin.dashboard.notPublished")));
            return;
        }
        add(new H2(getTranslation("admin.posters.new")));
        add(form(content.get()));
        made.addClassName("admin-poster-made");
        add(made);
        add(new H2(getTranslation("admin.posters.list")));
        add(batch(content.get()));
        configureGrid(content.get());
        add(grid);
        refresh();
    }

    private FormLayout form(ContentSnapshot content) {
        var draft = new PosterDraft();
        var binder = new Binder<PosterDraft>();

        var target = new ComboBox<TargetOption>(getTranslation("admin.posters.target"));
        target.setItems(targets(content));
        target.setItemLabelGenerator(TargetOption::label);
        target.setRequiredIndicatorVisible(true);
        binder.forField(target).asRequired(getTranslation("admin.posters.targetRequired"))
                .bind(d -> targets(content).stream().filter(o -> o.target().equals(d.target)).findFirst().orElse(null),
                        (d, option) -> d.target = option == null ? null : option.target());

        var languages = new CheckboxGroup<String>(getTranslation("admin.posters.languages"));
        languages.setItems(content.languages().stream().map(l -> l.code()).toList());
        languages.setItemLabelGenerator(code -> content.language(code).map(l -> l.nativeName()).orElse(code));
        // No required indicator: Vaadin marks the group aria-required, which a group may not carry (axe).
        languages.setHelperText(getTranslation("admin.posters.languagesRule"));
        var languagesBinding = binder.forField(languages)
                .withValidator(set -> !set.isEmpty() && set.size() <= 3, getTranslation("admin.posters.languagesRule"))
                .bind(d -> d.languages, (d, value) -> d.languages = new LinkedHashSet<>(value));

        var format = new RadioButtonGroup<String>(getTranslation("admin.posters.format"));
        format.setItems("A5", "A4", "A3", "A4_LANDSCAPE");
        format.setItemLabelGenerator(f -> f.replace("_LANDSCAPE", " " + getTranslation("admin.posters.landscape")));
        binder.forField(format).asRequired().bind(d -> d.format, (d, value) -> d.format = value);

        var distance = new NumberField(getTranslation("admin.posters.distance"));
        distance.setMin(0.5);
        distance.setMax(30);
        distance.setStep(0.5);
        distance.setHelperText(getTranslation("admin.posters.distanceHelp"));
        var distanceBinding = binder.forField(distance).asRequired(getTranslation("admin.posters.distanceRule"))
                .withValidator(v -> v >= 0.5 && v <= 30, getTranslation("admin.posters.distanceRule"))
                .bind(d -> d.distance, (d, value) -> d.distance = value);

        var bleed = new Checkbox(getTranslation("admin.posters.bleed"));
        binder.forField(bleed).bind(d -> d.bleed, (d, value) -> d.bleed = value);
        var placement = new TextField(getTranslation("admin.posters.placement"));
        placement.setMaxLength(200);
        binder.forField(placement).bind(d -> d.placement, (d, value) -> d.placement = value);
        binder.readBean(draft);

        var qr = new Paragraph();
        qr.addClassName("admin-qr-size");
        Runnable explainQr = () -> {
            if (format.getValue() == null || distance.getValue() == null) {
                qr.setText("");
                return;
            }
            var size = PosterRenderer.qrSize(PaperFormat.of(format.getValue()), distance.getValue());
            qr.setText(size.tooSmallForDistance()
                    ? getTranslation("admin.posters.qrTooSmall", Math.round(size.widthMm()),
                    Math.round(distance.getValue() * 100), format.getValue())
                    : getTranslation("admin.posters.qrSize", Math.round(size.widthMm())));
            qr.getElement().getClassList().set("warning", size.tooSmallForDistance());
        };
        format.addValueChangeListener(e -> explainQr.run());
        distance.addValueChangeListener(e -> explainQr.run());
        explainQr.run();

        var create = new Button(getTranslation("admin.posters.create"), e -> {
            if (binder.writeBeanIfValid(draft)) {
                var poster = posters.create(draft.target, new ArrayList<>(draft.languages), draft.format, draft.bleed,
                        draft.distance, draft.placement.isBlank() ? null : draft.placement, CurrentUser.name());
                Notification.show(getTranslation("admin.posters.created", poster.code()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showMade(content, List.of(poster));
                refresh();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var topic = new ComboBox<TargetOption>(getTranslation("admin.posters.topicBatch"));
        topic.setItems(targets(content).stream().filter(o -> o.target().type() == PosterTarget.Type.TOPIC).toList());
        topic.setItemLabelGenerator(TargetOption::label);
        topic.setHelperText(getTranslation("admin.posters.topicBatchHelp"));
        var createTopic = new Button(getTranslation("admin.posters.topicBatchCreate"), e -> {
            if (topic.getValue() == null) {
                topic.setInvalid(true);
                topic.setErrorMessage(getTranslation("admin.posters.topicRequired"));
                return;
            }
            topic.setInvalid(false);
            // Everything but the single target must be valid; the topic's services are the targets.
            boolean languagesValid = !languagesBinding.validate().isError();
            boolean distanceValid = !distanceBinding.validate().isError();
            if (!languagesValid || !distanceValid) {
                return;
            }
            var check = new PosterDraft();
            binder.writeBeanAsDraft(check, true);
            var created = content.servicesOf(topic.getValue().target().key()).stream()
                    .map(service -> posters.create(PosterTarget.service(service.key()), new ArrayList<>(check.languages),
                            check.format, check.bleed, check.distance,
                            check.placement == null || check.placement.isBlank() ? null : check.placement,
                            CurrentUser.name()))
                    .toList();
            showMade(content, created);
            refresh();
        });
        var form = new FormLayout(target, languages, format, distance, qr, bleed, placement, create, topic, createTopic);
        form.addClassName("admin-poster-form");
        return form;
    }

    /** Downloads (and a preview) of the posters just made. */
    private void showMade(ContentSnapshot content, List<Poster> created) {
        made.removeAll();
        if (created.isEmpty()) {
            return;
        }
        String name = created.size() == 1 ? "plakat-" + created.getFirst().code() + ".pdf"
                : "plakate-" + created.size() + ".pdf";
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = renderer.renderAll(content, created);
            return new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length);
        }), getTranslation("admin.posters.downloadMade", created.size()));
        download.addClassName("admin-download-made");
        var preview = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] png = renderer.previewPng(content, created.getFirst(), 40);
            return new DownloadResponse(new ByteArrayInputStream(png), "preview.png", "image/png", png.length);
        }), getTranslation("admin.posters.previewAlt", created.getFirst().code()));
        preview.addClassName("admin-poster-preview");
        made.add(download, preview);
    }

    private Div batch(ContentSnapshot content) {
        var box = new Div();
        box.addClassName("admin-poster-batch");
        var all = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = renderer.renderAll(content, posters.all());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "alle-plakate.pdf", "application/pdf", pdf.length);
        }), getTranslation("admin.posters.downloadAll"));
        box.add(all);
        for (var site : content.content().sites()) {
            var zip = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = renderer.zip(content, posters.all().stream().filter(p -> atSite(content, p, site.key())).toList());
                return new DownloadResponse(new ByteArrayInputStream(bytes), "plakate-" + site.key() + ".zip",
                        "application/zip", bytes.length);
            }), getTranslation("admin.posters.downloadSite", content.text(site.name(), content.defaultLanguage())));
            box.add(zip);
        }
        return box;
    }

    /** A poster belongs to a site when its target is there; topics and the home page belong everywhere. */
    private static boolean atSite(ContentSnapshot content, Poster poster, String site) {
        var target = poster.target();
        java.util.List<String> rooms = switch (target.type()) {
            case SERVICE -> content.service(target.key()).map(s -> s.rooms()).orElse(List.of());
            case OFFICE -> content.office(target.key()).map(o -> o.rooms()).orElse(List.of());
            case TOPIC, HOME -> null;
        };
        return rooms == null || rooms.stream().map(content::room).flatMap(java.util.Optional::stream)
                .anyMatch(place -> place.site().key().equals(site));
    }

    private List<TargetOption> targets(ContentSnapshot content) {
        String de = content.defaultLanguage();
        var options = new ArrayList<TargetOption>();
        options.add(new TargetOption(PosterTarget.home(), getTranslation("admin.posters.home")));
        content.services().forEach(s -> options.add(new TargetOption(PosterTarget.service(s.key()),
                getTranslation("admin.posters.service") + ": " + content.text(s.title(), de))));
        content.topics().forEach(t -> options.add(new TargetOption(new PosterTarget(PosterTarget.Type.TOPIC, t.key()),
                getTranslation("admin.posters.topic") + ": " + content.text(t.title(), de))));
        content.content().offices().forEach(o -> options.add(new TargetOption(new PosterTarget(PosterTarget.Type.OFFICE,
                o.key()), getTranslation("admin.posters.office") + ": " + content.text(o.name(), de))));
        return options;
    }

    private void configureGrid(ContentSnapshot content) {
        var formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of(content.organisation().timeZone()));
        grid.addColumn(Poster::code).setHeader(getTranslation("admin.posters.code")).setAutoWidth(true);
        var labels = new java.util.HashMap<PosterTarget, String>();
        targets(content).forEach(o -> labels.put(o.target(), o.label()));
        grid.addColumn(p -> labels.getOrDefault(p.target(), p.target().type() + " " + p.target().key()))
                .setHeader(getTranslation("admin.posters.target")).setFlexGrow(1);
        grid.addColumn(p -> String.join(", ", p.languages())).setHeader(getTranslation("admin.posters.languages"));
        grid.addColumn(p -> p.paperFormat().replace("_LANDSCAPE", " ⟷")).setHeader(getTranslation("admin.posters.format"));
        grid.addColumn(p -> formatter.format(p.createdAt())).setHeader(getTranslation("admin.posters.createdAt"));
        grid.addColumn(p -> posters.scansSince(p.id(), LocalDate.now().minusDays(6)))
                .setHeader(getTranslation("admin.posters.scans7"));
        grid.addColumn(p -> posters.scansSince(p.id(), LocalDate.now().minusDays(29)))
                .setHeader(getTranslation("admin.posters.scans30"));
        grid.addComponentColumn(p -> ScanChart.of(posters.dailyScans(p.id(), 30),
                getTranslation("admin.posters.chart", p.code()))).setHeader(getTranslation("admin.posters.chartHeader"));
        grid.addComponentColumn(p -> new Span(posters.reprintNeeded(p) ? getTranslation("admin.posters.reprint") : ""))
                .setHeader(getTranslation("admin.posters.reprintHeader"));
        grid.addComponentColumn(p -> new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] pdf = renderer.render(content, p);
                    return new DownloadResponse(new ByteArrayInputStream(pdf), "plakat-" + p.code() + ".pdf",
                            "application/pdf", pdf.length);
                }), "PDF")).setHeader(getTranslation("admin.posters.pdf"));
        grid.addComponentColumn(p -> new Button(getTranslation("admin.posters.retarget"), e -> retarget(content, p)))
                .setHeader(getTranslation("admin.posters.actions"));
        grid.setAllRowsVisible(true);
    }

    /** Points a printed poster at another page: the code, and so the print, stays; the target changes. */
    private void retarget(ContentSnapshot content, Poster poster) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.posters.retargetTitle", poster.code()));
        var target = new ComboBox<TargetOption>(getTranslation("admin.posters.target"));
        target.setItems(targets(content));
        target.setItemLabelGenerator(TargetOption::label);
        target.setWidthFull();
        targets(content).stream().filter(o -> o.target().equals(poster.target())).findFirst().ifPresent(target::setValue);
        var save = new Button(getTranslation("admin.posters.retargetSave"), e -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(getTranslation("admin.posters.targetRequired"));
                return;
            }
            posters.retarget(poster.code(), target.getValue().target(), CurrentUser.name());
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(target);
        dialog.getFooter().add(new Button(getTranslation("admin.posters.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(posters.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.posters.title") + " – " + getTranslation("admin.app.name");
    }
}
