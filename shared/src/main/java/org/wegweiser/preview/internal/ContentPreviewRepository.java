package org.wegweiser.preview.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

public interface ContentPreviewRepository extends JpaRepository<ContentPreviewEntity, String> {

    @Modifying
    @Query("delete from ContentPreviewEntity p where p.expiresAt <= :now")
    int deleteExpired(Instant now);
}
