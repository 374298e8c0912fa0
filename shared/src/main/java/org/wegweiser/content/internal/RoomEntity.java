package org.wegweiser.content.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "room")
public class RoomEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String slug;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    FloorEntity floor;
    String number;
    Double x;
    Double y;
    boolean stepFree;
    int position;
    @Version
    int version;
}
