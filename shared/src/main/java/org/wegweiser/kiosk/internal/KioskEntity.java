package org.wegweiser.kiosk.internal;

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

/** A kiosk in a lobby: where it stands, how it behaves, and whether it is alive. */
@Entity
@Table(name = "kiosk")
public class KioskEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public Long siteId;
    public Long floorId;
    public Double x;
    public Double y;
    public int idleSeconds;
    public String pairingCode;
    public String credentialHash;
    public Instant pairedAt;
    public boolean revoked;
    public Instant lastHeartbeatAt;
    public String softwareVersion;
    public String screenSize;
    @ElementCollection
    @CollectionTable(name = "kiosk_language", joinColumns = @JoinColumn(name = "kiosk_id"))
    @OrderColumn(name = "position")
    @Column(name = "language_code")
    public List<String> languages = new ArrayList<>();
    @Version
    public int version;
}
