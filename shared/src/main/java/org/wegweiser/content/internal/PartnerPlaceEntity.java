package org.wegweiser.content.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "partner_place")
public class PartnerPlaceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String slug;
    String street;
    String postalCode;
    String city;
    String phone;
    String email;
    String website;
    String mapUrl;
    int position;
    @ElementCollection
    @CollectionTable(name = "partner_place_opening_hours", joinColumns = @JoinColumn(name = "partner_place_id"))
    @OrderColumn(name = "position")
    List<OpeningPeriodRow> openingHours = new ArrayList<>();
    @Version
    int version;
}
