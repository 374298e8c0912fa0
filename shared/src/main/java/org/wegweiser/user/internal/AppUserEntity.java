package org.wegweiser.user.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wegweiser.user.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
public class AppUserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    public String displayName;
    public String passwordHash;
    public boolean enabled;
    public boolean mustChangePassword;
    public Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    public Set<Role> roles = EnumSet.noneOf(Role.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_language", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "language_code")
    public Set<String> languages = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_site", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "site_id")
    public Set<Long> siteIds = new HashSet<>();
    @Version
    public int version;
}
