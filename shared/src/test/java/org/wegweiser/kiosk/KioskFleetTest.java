package org.wegweiser.kiosk;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wegweiser.audit.AuditLog;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.demo.DemoContent;
import org.wegweiser.publishing.PublishedContent;
import org.wegweiser.publishing.PublishingService;
import org.wegweiser.testing.MutableClock;
import org.wegweiser.testing.TestDatabases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "wegweiser.alerts.mail.to=hausmeister@musterstadt.example"})
@org.springframework.context.annotation.Import(org.wegweiser.testing.TestClock.class)
class KioskFleetTest {

    // A Tuesday, 09:00 in Musterstadt: the Rathaus is open from 08:00 to 18:00.
    static final Instant TUESDAY_MORNING = org.wegweiser.testing.TestClock.TUESDAY_MORNING;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry);
    }

    @Autowired
    KioskFleet fleet;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentPackageService packages;
    @Autowired
    PublishingService publishing;
    @Autowired
    PublishedContent published;

    static final KioskSetup FOYER = new KioskSetup("Foyer Rathaus", "rathaus", "rathaus-eg", 0.5, 0.9, 60,
            List.of("de", "ar", "uk"));

    @BeforeEach
    void published() {
        clock.set(TUESDAY_MORNING);
        if (published.current().isEmpty()) {
            packages.importPackage(DemoContent.musterstadt(), "test");
            publishing.publish("test", "demo");
            published.refresh();
        }
    }

    @Test
    void a_paired_kiosk_is_known_by_its_secret_which_the_server_keeps_only_as_a_hash() {
        var request = fleet.requestPairing();
        assertThat(request.code()).hasSize(6);
        assertThat(fleet.isPaired(request.code())).isFalse();
        assertThat(fleet.kiosk(request.secret())).as("not before an administrator pairs it").isEmpty();

        long id = fleet.pair(request.code().toLowerCase(), FOYER, "admin");

        assertThat(fleet.isPaired(request.code())).isTrue();
        assertThat(fleet.kiosk(request.secret())).hasValueSatisfying(k -> {
            assertThat(k.id()).isEqualTo(id);
            assertThat(k.setup()).isEqualTo(FOYER);
        });
        assertThat(jdbc.sql("select credential_hash from kiosk where id = ?").param(id).query(String.class).single())
                .hasSize(64).doesNotContain(request.secret());
        assertThatThrownBy(() -> fleet.pair(request.code(), FOYER, "admin"))
                .as("a code pairs once").isInstanceOf(UnknownPairingCodeException.class);
        assertThatThrownBy(() -> fleet.pair("XXXXXX", FOYER, "admin")).isInstanceOf(UnknownPairingCodeException.class);

        fleet.revoke(id, "admin");
        assertThat(fleet.kiosk(request.secret())).as("a revoked kiosk is paired no more").isEmpty();
        assertThat(fleet.heartbeat(id, new Heartbeat("1.0", "1080x1920", 5))).isEqualTo(Heartbeat.Answer.UNPAIRED);
    }

    @Test
    void a_heartbeat_marks_a_kiosk_online_and_without_one_for_three_minutes_it_is_offline() {
        var secret = fleet.issueCredential(new KioskSetup("Eingang Nord", "buergerbuero-nord", "bbn-eg", 0.2, 0.8, 90,
                List.of()), "admin");
        long id = fleet.kiosk(secret).orElseThrow().id();
        assertThat(status(id).online()).as("never heard of").isFalse();

        assertThat(fleet.heartbeat(id, new Heartbeat("1.4.0", "1080x1920", 120))).isEqualTo(Heartbeat.Answer.CARRY_ON);
        var online = status(id);
        assertThat(online.online()).isTrue();
        assertThat(online.lastSeen()).isEqualTo(TUESDAY_MORNING);
        assertThat(online.softwareVersion()).isEqualTo("1.4.0");
        assertThat(online.screenSize()).isEqualTo("1080x1920");
        assertThat(online.secondsSinceReload()).isEqualTo(120);
        assertThat(fleet.offline()).extracting(KioskStatus::id).doesNotContain(id);

        clock.advance(Duration.ofSeconds(30));
        fleet.heartbeat(id, new Heartbeat("1.4.0", "1080x1920", 150));
        assertThat(status(id).lastSeen()).as("at most one heartbeat a minute is written").isEqualTo(TUESDAY_MORNING);

        clock.advance(Duration.ofSeconds(149));
        assertThat(status(id).online()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(status(id).online()).isFalse();
        assertThat(fleet.offline()).extracting(KioskStatus::id).contains(id);

        fleet.requestReload(id, "admin");
        assertThat(fleet.heartbeat(id, new Heartbeat("1.4.0", "1080x1920", 300))).isEqualTo(Heartbeat.Answer.RELOAD);
        assertThat(status(id).online()).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(fleet.heartbeat(id, new Heartbeat("1.4.0", "1080x1920", 2))).isEqualTo(Heartbeat.Answer.CARRY_ON);
    }

    @Test
    void a_kiosk_that_goes_offline_during_opening_hours_is_logged_and_mailed_once() throws Exception {
        var secret = fleet.issueCredential(new KioskSetup("Wartebereich", "rathaus", "rathaus-eg", 0.3, 0.3, 60,
                List.of()), "admin");
        long id = fleet.kiosk(secret).orElseThrow().id();
        fleet.heartbeat(id, new Heartbeat("1.4.0", "1920x1080", 10));

        clock.advance(Duration.ofMinutes(2));
        fleet.reportOffline();
        assertThat(offlineEntries()).isZero();

        clock.advance(Duration.ofMinutes(2));
        fleet.reportOffline();
        fleet.reportOffline();
        assertThat(offlineEntries()).as("logged once per going offline").isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        var message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("hausmeister@musterstadt.example");
        assertThat(message.getSubject()).contains("Wartebereich");

        // Back, then off again in the evening after closing time: nothing is logged until the Rathaus opens.
        clock.set(Instant.parse("2026-12-01T17:30:00Z"));
        fleet.heartbeat(id, new Heartbeat("1.4.0", "1920x1080", 10));
        clock.advance(Duration.ofMinutes(10));
        fleet.reportOffline();
        assertThat(offlineEntries()).isEqualTo(1);
        clock.set(Instant.parse("2026-12-02T07:05:00Z"));
        fleet.reportOffline();
        assertThat(offlineEntries()).isEqualTo(2);
    }

    private long offlineEntries() {
        return audit.latest(100).stream().filter(e -> e.action().equals("kiosk.offline")
                && e.entitySlug().equals("Wartebereich")).count();
    }

    private KioskStatus status(long id) {
        return fleet.kiosks().stream().filter(k -> k.id() == id).findFirst().orElseThrow();
    }
}
