package org.wegweiser.content.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "organisation")
public class OrganisationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String logo;
    String primaryColor;
    String accentColor;
    String defaultLanguage;
    String timeZone;
    String publicBaseUrl;
    @Version
    int version;
}
