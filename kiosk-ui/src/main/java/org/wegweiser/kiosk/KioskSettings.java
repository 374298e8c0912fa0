package org.wegweiser.kiosk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Where a kiosk stands and how it behaves. A paired kiosk's settings are managed in admin-ui
 * ({@link #of}); the values from configuration are only the fallback for a kiosk whose
 * credential cannot be checked because the database was down since kiosk-ui started.
 *
 * @param site             the site the kiosk stands in
 * @param floor            the floor it stands on ("you are here")
 * @param x                its position on that floor's plan, 0–1 from the left
 * @param y                its position on that floor's plan, 0–1 from the top
 * @param idleSeconds      seconds without a touch before "Need more time?" appears
 * @param countdownSeconds seconds the question stays before everything is reset
 * @param languages        languages offered, in order; empty offers all published ones
 */
@ConfigurationProperties("wegweiser.kiosk")
public record KioskSettings(@DefaultValue("rathaus") String site,
                            @DefaultValue("rathaus-eg") String floor,
                            @DefaultValue("0.5") double x,
                            @DefaultValue("0.9") double y,
                            @DefaultValue("60") int idleSeconds,
                            @DefaultValue("20") int countdownSeconds,
                            @DefaultValue List<String> languages) {

    public KioskSettings {
        languages = languages == null ? List.of() : List.copyOf(languages);
        countdownSeconds = Math.max(countdownSeconds, 20);
    }

    /** The settings an administrator gave a paired kiosk; the countdown stays the installation's. */
    public KioskSettings of(org.wegweiser.kiosk.KioskSetup setup) {
        return new KioskSettings(setup.site(), setup.floor(), setup.x(), setup.y(), setup.idleSeconds(),
                countdownSeconds, setup.languages());
    }
}
