package org.wegweiser.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wegweiser.content.ContentAssets;

import java.time.Duration;

/** Serves pictograms, floor plans and the logo to kiosks and phones, cached for a day. */
@RestController
class AssetController {

    private final ContentAssets assets;

    AssetController(ContentAssets assets) {
        this.assets = assets;
    }

    @GetMapping("/assets/{folder}/{name}")
    ResponseEntity<byte[]> asset(@PathVariable String folder, @PathVariable String name) {
        return assets.find(folder + "/" + name)
                .map(asset -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(asset.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .body(asset.data()))
                .orElse(ResponseEntity.notFound().build());
    }
}
