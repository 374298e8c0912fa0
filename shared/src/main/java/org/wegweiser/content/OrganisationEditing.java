package org.wegweiser.content;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wegweiser.content.internal.ContentStore;
import org.wegweiser.upload.ImageUploads;
import org.wegweiser.upload.ImageUse;
import org.wegweiser.upload.UploadRefused;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation settings editor, for administrators only: name, logo, colours, languages,
 * time zone and public base address. Like {@link ContentEditing}, a save goes through the draft
 * package, so the name's translations become outdated exactly when its German changed, and a save
 * from an outdated version is refused with the other person's changes.
 *
 * <p>The default language is also the source language of every text (the German of PRODUCT.md):
 * it must stay offered, and a switch to a language in which a required text is missing is refused
 * by the package check, so no text is left without its source.
 */
@Service
public class OrganisationEditing {

    static final String KIND = ContentStore.ORGANISATION;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final ContentEditing editing;
    private final ContentPackageService packages;
    private final ImageUploads uploads;
    private final ContentAssets assets;

    public OrganisationEditing(ContentEditing editing, ContentPackageService packages, ImageUploads uploads,
                               ContentAssets assets) {
        this.editing = editing;
        this.packages = packages;
        this.uploads = uploads;
        this.assets = assets;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public OrganisationDraft settings() {
        return draft(packages.draft(), editing.version(KIND, KIND));
    }

    /**
     * Checks and keeps an uploaded logo; the settings name it only once they are saved.
     *
     * @return the asset name for {@link OrganisationDraft#logo()}
     * @throws UploadRefused when the file is not a picture that may be a logo
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String uploadLogo(String fileName, byte[] content) {
        return assets.store(uploads.accept(fileName, content, ImageUse.LOGO));
    }

    /**
     * Saves the settings. {@code opened} is what the editor started from.
     *
     * @throws EditConflict when someone else saved the settings after {@code opened} was read
     * @throws EditRefused  when a field is not valid
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationDraft save(OrganisationDraft opened, OrganisationDraft edited) {
        return editing.save(KIND, KIND, opened, edited, (d, problems) -> problems.addAll(problems(d)),
                (content, source) -> applied(content, edited, source), OrganisationEditing::draft);
    }

    /** What is wrong with the settings as typed, field by field; empty when they may be saved. */
    static List<EditRefused.Problem> problems(OrganisationDraft d) {
        var problems = new ArrayList<EditRefused.Problem>();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(new EditRefused.Problem("name", "edit.required", null));
        } else if (d.name().strip().length() > ServiceDraft.TITLE_MAX) {
            problems.add(new EditRefused.Problem("name", "edit.tooLong", String.valueOf(ServiceDraft.TITLE_MAX)));
        }
        if (d.logo() != null && !d.logo().isBlank() && !ContentAssets.isAssetName(d.logo())) {
            problems.add(new EditRefused.Problem("logo", "edit.organisation.logo", null));
        }
        boolean primaryValid = ColourContrast.isColour(d.primaryColor());
        if (!primaryValid) {
            problems.add(new EditRefused.Problem("primaryColor", "edit.organisation.colour", null));
        } else if (ColourContrast.ratio(d.primaryColor(), ColourContrast.WHITE) < ColourContrast.TEXT) {
            problems.add(new EditRefused.Problem("primaryColor", "edit.organisation.primaryContrast",
                    ColourContrast.shown(ColourContrast.ratio(d.primaryColor(), ColourContrast.WHITE))));
        }
        if (!ColourContrast.isColour(d.accentColor())) {
            problems.add(new EditRefused.Problem("accentColor", "edit.organisation.colour", null));
        } else if (primaryValid && ColourContrast.ratio(d.accentColor(), d.primaryColor()) < ColourContrast.NON_TEXT) {
            problems.add(new EditRefused.Problem("accentColor", "edit.organisation.accentContrast",
                    ColourContrast.shown(ColourContrast.ratio(d.accentColor(), d.primaryColor()))));
        }
        if (d.languages().stream().noneMatch(l -> l.code().equals(d.defaultLanguage()) && l.enabled())) {
            problems.add(new EditRefused.Problem("defaultLanguage", "edit.organisation.defaultLanguage", null));
        }
        if (d.timeZone() == null || !ZoneId.getAvailableZoneIds().contains(d.timeZone())) {
            problems.add(new EditRefused.Problem("timeZone", "edit.organisation.timeZone", null));
        }
        if (!isPublicBaseUrl(d.publicBaseUrl())) {
            problems.add(new EditRefused.Problem("publicBaseUrl", "edit.organisation.baseUrl", null));
        }
        return problems;
    }

    /** An absolute https address without query or fragment; plain http only for a test on this machine. */
    static boolean isPublicBaseUrl(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            var uri = new URI(text.strip());
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || "http".equals(uri.getScheme()) && LOCAL_HOSTS.contains(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static ContentPackage applied(ContentPackage c, OrganisationDraft d, String source) {
        var codes = d.languages().stream().map(OrganisationDraft.LanguageChoice::code).toList();
        if (codes.size() != c.languages().size() || !Set.copyOf(codes).equals(
                c.languages().stream().map(ContentPackage.Language::code).collect(Collectors.toSet()))) {
            throw new IllegalArgumentException("The settings must list exactly the package's languages, found " + codes);
        }
        var o = c.organisation();
        var organisation = new ContentPackage.Organisation(ContentEditing.german(o.name(), d.name(), source),
                ContentEditing.blankToNull(d.logo()), d.primaryColor().toLowerCase(java.util.Locale.ROOT),
                d.accentColor().toLowerCase(java.util.Locale.ROOT), d.defaultLanguage(), d.timeZone(),
                stripSlash(d.publicBaseUrl().strip()));
        var languages = d.languages().stream().map(choice -> c.languages().stream()
                .filter(l -> l.code().equals(choice.code())).findFirst()
                .map(l -> new ContentPackage.Language(l.code(), l.nativeName(), l.direction(), choice.enabled()))
                .orElseThrow()).toList();
        return new ContentPackage(c.format(), c.schemaVersion(), organisation, languages, c.sites(), c.offices(),
                c.partnerPlaces(), c.topics(), c.documentTypes(), c.services(), c.announcements(),
                c.translationStates());
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static OrganisationDraft draft(ContentPackage content, int version) {
        var o = content.organisation();
        return new OrganisationDraft(version, o.name().texts().getOrDefault(ContentEditing.source(content), ""),
                o.logo() == null ? "" : o.logo(), o.primaryColor(), o.accentColor(),
                content.languages().stream().map(l -> new OrganisationDraft.LanguageChoice(l.code(), l.nativeName(),
                        l.enabled())).toList(), o.defaultLanguage(), o.timeZone(), o.publicBaseUrl());
    }
}
