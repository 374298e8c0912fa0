package org.wegweiser.content.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/** The one organisation row as the settings editor locks and counts it (its name lives in the translations). */
@Component
public class OrganisationRow {

    @PersistenceContext
    private EntityManager em;

    /** Locks the row until the transaction ends, so two saves of the settings run one after the other. */
    public boolean lockForEdit() {
        return !em.createQuery("select o.id from OrganisationEntity o", Long.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
    }

    public int version() {
        return em.createQuery("select o.version from OrganisationEntity o order by o.id", Integer.class)
                .getResultList().stream().findFirst().orElse(0);
    }

    /** Counts a save in the row's version; call it after the write. */
    public int countEdit() {
        em.flush();
        em.createQuery("update OrganisationEntity o set o.version = o.version + 1").executeUpdate();
        return version();
    }
}
