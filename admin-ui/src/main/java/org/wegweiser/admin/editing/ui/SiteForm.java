package org.wegweiser.admin.editing.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.wegweiser.content.ServiceDraft;
import org.wegweiser.content.SiteDraft;

/** A site: its name, address and the weekly opening hours of the building. */
class SiteForm extends PlaceForm<SiteDraft> {

    private final TextField key = new TextField();
    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final WeekHoursFields hours;
    private SiteDraft read;

    SiteForm(boolean creating) {
        super(null, java.util.Map.of());
        PlaceForms.key(fields, key, creating, SiteDraft::key);
        fields.text(name, "name", true, ServiceDraft.TITLE_MAX).bind(SiteDraft::name, (d, v) -> { });
        fields.text(street, "street", false, 200).bind(SiteDraft::street, (d, v) -> { });
        fields.text(postalCode, "postalCode", false, 16).bind(SiteDraft::postalCode, (d, v) -> { });
        fields.text(city, "city", false, 100).bind(SiteDraft::city, (d, v) -> { });
        PlaceForms.layout(getContent(), fields);
        hours = new WeekHoursFields(getContent(), getLocale(), fields, field("hours"), SiteDraft::hours);
    }

    @Override
    public void read(SiteDraft draft) {
        read = draft;
        fields.binder.readBean(draft);
    }

    @Override
    public SiteDraft valueIfValid() {
        if (!fields.binder.validate().isOk()) {
            return null;
        }
        return new SiteDraft(key.getValue().strip(), read.version(), name.getValue(), street.getValue(),
                postalCode.getValue(), city.getValue(), hours.value());
    }
}
