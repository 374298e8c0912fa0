package org.wegweiser.content.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "office")
public class OfficeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String slug;
    String phone;
    String email;
    String appointmentUrl;
    String appointmentPhone;
    int position;
    @ManyToMany
    @JoinTable(name = "office_room", joinColumns = @JoinColumn(name = "office_id"),
            inverseJoinColumns = @JoinColumn(name = "room_id"))
    @OrderColumn(name = "position")
    List<RoomEntity> rooms = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "office_opening_hours", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    List<OpeningPeriodRow> openingHours = new ArrayList<>();
    @OneToMany(mappedBy = "office", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<OfficeExceptionEntity> exceptions = new ArrayList<>();
    @Version
    int version;
}
