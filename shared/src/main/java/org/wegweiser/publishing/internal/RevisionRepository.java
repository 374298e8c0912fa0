package org.wegweiser.publishing.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface RevisionRepository extends JpaRepository<RevisionEntity, Long> {

    @Query("select coalesce(max(r.number), 0) from RevisionEntity r")
    int latestNumber();

    Optional<RevisionEntity> findByNumber(int number);

    @Query("select new org.wegweiser.publishing.internal.RevisionRepository$Summary(r.number, r.publishedAt, r.publishedBy, r.note)"
            + " from RevisionEntity r order by r.number desc")
    List<Summary> summaries();

    record Summary(int number, java.time.Instant publishedAt, String publishedBy, String note) {
    }
}
