package org.wegweiser.content.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "service")
public class ServiceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String slug;
    String pictogram;
    @ManyToOne(fetch = FetchType.LAZY)
    OfficeEntity office;
    @ManyToOne(fetch = FetchType.LAZY)
    PartnerPlaceEntity partnerPlace;
    boolean appointmentRequired;
    String onlineUrl;
    String leikaKey;
    int position;
    @ManyToMany
    @JoinTable(name = "service_room", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "room_id"))
    @OrderColumn(name = "position")
    List<RoomEntity> rooms = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "service_topic", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    List<TopicEntity> topics = new ArrayList<>();
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<ChecklistItemEntity> checklist = new ArrayList<>();
    @Version
    int version;
}
