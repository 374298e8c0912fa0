package org.wegweiser.poster.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;

/** Scans of one poster on one day: a number, nothing about who scanned. */
@Entity
@Table(name = "scan_count")
public class ScanCountEntity {
    @EmbeddedId
    public Key key;
    public int scans;

    @Embeddable
    public record Key(@Column(name = "poster_id") Long posterId, @Column(name = "scan_day") LocalDate day)
            implements Serializable {
    }
}
