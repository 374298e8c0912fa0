package org.wegweiser.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalTime;

@Embeddable
public class OpeningPeriodRow {
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    DayOfWeek day;
    @Column(nullable = false)
    LocalTime opens;
    @Column(nullable = false)
    LocalTime closes;

    protected OpeningPeriodRow() {
    }

    OpeningPeriodRow(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }
}
