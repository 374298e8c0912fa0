package org.wegweiser.content.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "site")
public class SiteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String slug;
    String street;
    String postalCode;
    String city;
    int position;
    @ElementCollection
    @CollectionTable(name = "site_opening_hours", joinColumns = @JoinColumn(name = "site_id"))
    @OrderColumn(name = "position")
    List<OpeningPeriodRow> openingHours = new ArrayList<>();
    @OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<BuildingEntity> buildings = new ArrayList<>();
    @Version
    int version;
}
