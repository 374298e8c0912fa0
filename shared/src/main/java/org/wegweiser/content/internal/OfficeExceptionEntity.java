package org.wegweiser.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;

@Entity
@Table(name = "office_exception")
public class OfficeExceptionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    OfficeEntity office;
    @Column(name = "date_from")
    LocalDate from;
    @Column(name = "date_to")
    LocalDate to;
    boolean closed;
    LocalTime opens;
    LocalTime closes;
    int position;
    @Version
    int version;
}
