package org.wegweiser.preview;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.preview.internal.ContentPreviewEntity;
import org.wegweiser.preview.internal.ContentPreviewRepository;
import org.wegweiser.publishing.ContentSnapshot;
import org.wegweiser.publishing.Revision;
import org.wegweiser.user.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Draft previews: admin-ui stores a content package (the draft with an editor's unsaved
 * changes) under a random token; kiosk-ui renders it by that token with the code of the public
 * pages, for an hour. The published content is never touched. See docs/adr/006-draft-preview.md.
 */
@Service
public class DraftPreviews {

    /** How long a preview can be opened; long enough for an editing session, short enough to leave nothing behind. */
    public static final Duration LIFETIME = Duration.ofHours(1);
    /** Revision number of a preview snapshot: it is no published revision. */
    public static final int PREVIEW_REVISION = 0;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int CACHED = 16;

    private final ContentPreviewRepository previews;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Loaded> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
            return size() > CACHED;
        }
    };

    private record Loaded(ContentSnapshot snapshot, Instant expiresAt) {
    }

    public DraftPreviews(ContentPreviewRepository previews, Clock clock) {
        this.previews = previews;
        this.clock = clock;
    }

    /** Stores the content for preview and returns its token (32 random bytes, base64url); drops expired previews. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public String store(ContentPackage content) {
        var now = clock.instant();
        previews.deleteExpired(now);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String json = new String(ContentPackageCodec.write(content), StandardCharsets.UTF_8);
        previews.save(new ContentPreviewEntity(token, json, CurrentUser.name(), now, now.plus(LIFETIME)));
        return token;
    }

    /** The preview as a snapshot the public pages can render, or empty when the token is unknown or expired. */
    @Transactional(readOnly = true)
    public Optional<ContentSnapshot> load(String token, Instant now) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Loaded loaded;
        synchronized (cache) {
            loaded = cache.get(token);
        }
        if (loaded == null) {
            var found = previews.findById(token);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            var entity = found.get();
            var revision = new Revision(PREVIEW_REVISION, entity.createdAt(), entity.createdBy(), null);
            loaded = new Loaded(ContentSnapshot.of(revision, entity.content()), entity.expiresAt());
            synchronized (cache) {
                cache.put(token, loaded);
            }
        }
        return loaded.expiresAt().isAfter(now) ? Optional.of(loaded.snapshot()) : Optional.empty();
    }
}
