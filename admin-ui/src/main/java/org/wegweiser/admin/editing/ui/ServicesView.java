package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import jakarta.annotation.security.RolesAllowed;
import org.wegweiser.content.ContentEditing;
import org.wegweiser.content.EditChoices;
import org.wegweiser.content.ServiceDraft;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every service of the draft, to filter, sort and open in its editor. */
@Route("services")
@RolesAllowed({"ADMIN", "EDITOR"})
class ServicesView extends Main implements HasDynamicTitle {

    ServicesView(ContentEditing editing) {
        addClassName("admin-page");
        add(new H1(getTranslation("admin.edit.services.title")));
        var services = editing.services();
        EditChoices choices = editing.choices();
        Map<String, String> offices = choices.offices().stream()
                .collect(Collectors.toMap(EditChoices.Choice::key, EditChoices.Choice::label));
        Map<String, String> rooms = choices.rooms().stream()
                .collect(Collectors.toMap(EditChoices.Choice::key, EditChoices.Choice::label));

        var grid = new Grid<ServiceDraft>();
        grid.addColumn(ServiceDraft::title).setHeader(getTranslation("admin.edit.service.title"))
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(s -> offices.getOrDefault(s.office(), "")).setHeader(getTranslation("admin.edit.service.office"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(s -> s.rooms().stream().map(r -> rooms.getOrDefault(r, r)).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("admin.edit.service.rooms")).setSortable(true).setFlexGrow(3);
        grid.addColumn(s -> s.checklist().size()).setHeader(getTranslation("admin.edit.services.documents"))
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            var open = new Button(getTranslation("admin.edit.open"), e -> edit(s.key()));
            open.setAriaLabel(getTranslation("admin.edit.openNamed", s.title()));
            return open;
        }).setHeader(getTranslation("admin.posters.actions")).setAutoWidth(true);
        var items = grid.setItems(services);
        grid.addItemDoubleClickListener(e -> edit(e.getItem().key()));

        var filter = new TextField(getTranslation("admin.edit.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        Function<ServiceDraft, String> searchable = s -> (s.title() + " " + s.key() + " " + s.keywords() + " "
                + offices.getOrDefault(s.office(), "")).toLowerCase(Locale.ROOT);
        filter.addValueChangeListener(e -> items.setFilter(s -> searchable.apply(s)
                .contains(e.getValue().strip().toLowerCase(Locale.ROOT))));
        var create = new Button(getTranslation("admin.edit.services.new"),
                e -> getUI().ifPresent(ui -> ui.navigate(ServiceEditView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(filter, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
    }

    private void edit(String key) {
        getUI().ifPresent(ui -> ui.navigate(ServiceEditView.class, key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.edit.services.title") + " – " + getTranslation("admin.app.name");
    }
}
