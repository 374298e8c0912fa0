package org.wegweiser.poster.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A printed poster: its short code stays, its target may change. */
@Entity
@Table(name = "poster")
public class PosterEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String targetType;
    public String targetSlug;
    public String paperFormat;
    public boolean bleed;
    @Column(name = "viewing_distance_m")
    public double viewingDistanceMetres;
    public String placement;
    public Instant createdAt;
    public String createdBy;
    @ElementCollection
    @CollectionTable(name = "poster_language", joinColumns = @JoinColumn(name = "poster_id"))
    @OrderColumn(name = "position")
    @Column(name = "language_code")
    public List<String> languages = new ArrayList<>();
    @Version
    public int version;
}
