package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The list every editor starts from: a filter over the given text of each row, sortable columns, an edit button. */
final class EditorList<T> extends Div {

    /**
     * @param columns    adds the grid's columns (sortable ones with {@code setSortable(true)})
     * @param searchable the text the filter looks in
     * @param name       the row's name, for the edit button's accessible label
     * @param actions    buttons beside the filter, such as "new"
     */
    EditorList(List<T> items, Consumer<Grid<T>> columns, Function<T, String> searchable, Function<T, String> name,
               Consumer<T> open, Component... actions) {
        var grid = new Grid<T>();
        columns.accept(grid);
        grid.addComponentColumn(item -> {
            var edit = new Button(getTranslation("admin.edit.open"), e -> open.accept(item));
            edit.setAriaLabel(getTranslation("admin.edit.openNamed", name.apply(item)));
            return edit;
        }).setHeader(getTranslation("admin.posters.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
        var view = grid.setItems(items);

        var filter = new TextField(getTranslation("admin.edit.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> {
            String text = e.getValue().strip().toLowerCase(Locale.ROOT);
            view.setFilter(item -> searchable.apply(item).toLowerCase(Locale.ROOT).contains(text));
        });
        var bar = new HorizontalLayout(filter);
        bar.add(actions);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("admin-editor-list");
        add(bar, grid);
    }
}
