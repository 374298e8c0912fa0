package org.wegweiser.poster.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface PosterRepository extends JpaRepository<PosterEntity, Long> {
    Optional<PosterEntity> findByCode(String code);

    boolean existsByCode(String code);
}
