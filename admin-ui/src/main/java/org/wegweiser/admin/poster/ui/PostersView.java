package org.wegweiser.admin.poster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
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
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.poster.Poster;
import org.wegweiser.poster.PosterTarget;
import org.wegweiser.poster.Posters;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.user.CurrentUser;

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
        Double distance = 2.0;
        boolean bleed;
        String placement = "";
    }

    record TargetOption(PosterTarget target, String label) {
    }

    private final Posters posters;
    private final PublishedContent published;
    private final Grid<Poster> grid = new Grid<>();

    PostersView(Posters posters, PublishedContent published) {
        this.posters = posters;
        this.published = published;
        addClassName("admin-page");
        add(new H1(getTranslation("admin.posters.title")));
        var content = published.current();
        if (content.isEmpty()) {
            add(new Paragraph(getTranslation("admin.dashboard.notPublished")));
            return;
        }
        add(new H2(getTranslation("admin.posters.new")));
        add(form(content.get()));
        add(new H2(getTranslation("admin.posters.list")));
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
        binder.forField(languages)
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
        binder.forField(distance).asRequired(getTranslation("admin.posters.distanceRule"))
                .withValidator(v -> v >= 0.5 && v <= 30, getTranslation("admin.posters.distanceRule"))
                .bind(d -> d.distance, (d, value) -> d.distance = value);

        var bleed = new Checkbox(getTranslation("admin.posters.bleed"));
        binder.forField(bleed).bind(d -> d.bleed, (d, value) -> d.bleed = value);
        var placement = new TextField(getTranslation("admin.posters.placement"));
        placement.setMaxLength(200);
        binder.forField(placement).bind(d -> d.placement, (d, value) -> d.placement = value);
        binder.readBean(draft);

        var create = new Button(getTranslation("admin.posters.create"), e -> {
            if (binder.writeBeanIfValid(draft)) {
                var poster = posters.create(draft.target, new ArrayList<>(draft.languages), draft.format, draft.bleed,
                        draft.distance, draft.placement.isBlank() ? null : draft.placement, CurrentUser.name());
                Notification.show(getTranslation("admin.posters.created", poster.code()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(target, languages, format, distance, bleed, placement, create);
        form.addClassName("admin-poster-form");
        return form;
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
        grid.addColumn(p -> targets(content).stream().filter(o -> o.target().equals(p.target())).findFirst()
                .map(TargetOption::label).orElse(p.target().type() + " " + p.target().key()))
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
