package org.wegweiser.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wegweiser.content.ContentAssets;
import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackageService;
import org.wegweiser.content.PlaceEditing;
import org.wegweiser.testing.Browser;
import org.wegweiser.testing.BrowserTest;
import org.wegweiser.testing.KioskUiJar;
import org.wegweiser.user.Role;
import org.wegweiser.user.SystemActor;
import org.wegweiser.user.UserAccountService;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wegweiser.demo.enabled=true")
class AdminPlacesBrowserTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    ContentPackageService packages;
    @Autowired
    ContentAssets assets;
    @Autowired
    PlaceEditing places;
    @Value("${spring.datasource.url}")
    String database;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password}")
    String password;

    @Test
    void an_editor_uploads_a_floor_plan_and_places_a_room_on_it_with_a_click() throws Exception {
        var page = signIn("paula");
        page.navigate(url("/floors"));
        assertThat(page.locator("vaadin-grid")).containsText("Erdgeschoss");
        Browser.assertAccessible(page);
        page.navigate(url("/floors/edit/rathaus-eg"));
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Erdgeschoss");

        Path plan = Files.createTempFile("plan-erdgeschoss", ".png");
        var picture = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(new Color(0xf4f1ea));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(0x37474f));
        for (int x = 0; x <= 1200; x += 300) {
            g.fillRect(Math.min(x, 1190), 0, 10, 800);
        }
        g.fillRect(0, 395, 1200, 10);
        g.dispose();
        ImageIO.write(picture, "png", plan.toFile());
        upload(page, plan);
        assertThat(page.locator(".admin-upload-ok")).containsText("Der neue Plan ist unten zu sehen");
        var image = page.locator(".admin-plan img");
        assertThat(image).isVisible();
        assertThat(page.locator(".admin-upload-refused")).isHidden();
        save(page);
        assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "admin-floor-plan-uploaded");

        String planImage = floor("rathaus-eg").planImage();
        assertThat(planImage).matches("uploads/[0-9a-f]{32}\\.png");
        var asset = assets.find(planImage).orElseThrow();
        assertThat(asset.contentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(asset.data())).getWidth()).isEqualTo(1200);
        var served = page.request().get(image.getAttribute("src").startsWith("http") ? image.getAttribute("src")
                : url("/" + image.getAttribute("src").replaceFirst("^/", "")));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers().get("content-type")).startsWith("image/png");

        page.navigate(url("/rooms"));
        assertThat(page.locator("vaadin-grid")).containsText("E.04");
        Browser.assertAccessible(page);
        page.getByLabel("Filtern").fill("E.04");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E.05 Stadtkasse bearbeiten")))
                .hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E.04 Bürgerservice, Schalter 1–6 bearbeiten"))
                .click();
        var roomPlan = page.locator(".admin-plan img");
        assertThat(roomPlan).isVisible();
        assertThat(page.locator(".admin-plan-marker")).isVisible();
        var box = roomPlan.boundingBox();
        roomPlan.click(new Locator.ClickOptions().setPosition(box.width * 0.25, box.height * 0.6));
        assertThat(page.getByLabel("Vom linken Rand (%)")).hasValue(java.util.regex.Pattern.compile("2[45](\\.\\d+)?"));
        var marker = page.locator(".admin-plan-marker");
        var markerBox = marker.boundingBox();
        assertThat(markerBox.x + markerBox.width / 2).isCloseTo(box.x + box.width * 0.25, within(3.0));
        assertThat(markerBox.y + markerBox.height / 2).isCloseTo(box.y + box.height * 0.6, within(3.0));
        save(page);
        assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "admin-room-placed-on-plan");

        var room = room("rh-e04");
        assertThat(room.x()).isCloseTo(0.25, within(0.01));
        assertThat(room.y()).isCloseTo(0.6, within(0.01));

        // Published, the phone page of a service in that room shows the uploaded plan with the room's marker.
        page.navigate(url("/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jetzt veröffentlichen")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Veröffentlichen").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
        try (var kiosk = KioskUiJar.start(KioskUiJar.freePort(), database, user, password, List.of())) {
            var phone = browser.page(Browser.Screen.PHONE, "de-DE");
            phone.navigate(kiosk.url("/s/wohnsitz-anmelden?lang=de"));
            var phonePlan = phone.locator(".plan img[src='/assets/" + planImage + "']");
            assertThat(phonePlan).isVisible();
            assertThat(phone.locator(".plan .mark").first()).hasAttribute("style",
                    java.util.regex.Pattern.compile("left:2[45][.0-9]*%;top:(59|60)[.0-9]*%"));
            var servedByKiosk = phone.request().get(kiosk.url("/assets/" + planImage));
            assertThat(servedByKiosk.status()).isEqualTo(200);
            assertThat(servedByKiosk.headers().get("content-type")).startsWith("image/png");
            Browser.screenshot(phone, "phone-uploaded-plan-with-room");
            phone.context().close();
        }
        page.context().close();
    }

    @Test
    void a_plan_of_50_mb_and_a_text_file_called_png_are_refused_and_the_typed_name_stays() throws IOException {
        var page = signIn("quentin");
        page.navigate(url("/floors/edit/rathaus-1og"));
        var name = page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
        assertThat(name).hasValue("1. Obergeschoss");
        name.fill("Erstes Obergeschoss (Neubau)");

        Path huge = Files.createTempFile("riesenplan", ".png");
        try (var out = Files.newOutputStream(huge)) {
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            byte[] padding = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                out.write(padding);
            }
        }
        upload(page, huge);
        var refused = page.locator(".admin-upload-refused");
        assertThat(refused).containsText("ist zu groß: höchstens 20 MB");
        assertThat(name).hasValue("Erstes Obergeschoss (Neubau)");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "admin-floor-plan-too-large");

        Path text = Files.createTempFile("notizen", ".png");
        Files.writeString(text, "Das ist kein Bild, nur ein paar Notizen zum Umbau.", StandardCharsets.UTF_8);
        upload(page, text);
        assertThat(refused).containsText("ist kein PNG- oder JPEG-Bild");
        assertThat(name).hasValue("Erstes Obergeschoss (Neubau)");
        assertThat(floor("rathaus-1og").planImage()).isEqualTo("plans/rathaus-1og.svg");

        save(page);
        assertThat(page.locator(".admin-save-banner")).containsText("Gespeichert");
        var saved = floor("rathaus-1og");
        assertThat(saved.name().texts().get("de")).isEqualTo("Erstes Obergeschoss (Neubau)");
        assertThat(saved.planImage()).isEqualTo("plans/rathaus-1og.svg");
        page.context().close();
    }

    @Test
    void the_site_and_building_lists_and_forms_and_a_new_room_are_accessible_and_a_new_room_is_created() {
        var page = signIn("rosa");
        for (String list : List.of("/sites", "/buildings")) {
            page.navigate(url(list));
            assertThat(page.locator("vaadin-grid")).containsText("Rathaus Musterstadt");
            Browser.assertAccessible(page);
        }
        page.navigate(url("/sites/edit/rathaus"));
        assertThat(page.getByLabel("Montag")).hasValue("08:00–16:00");
        Browser.assertAccessible(page);
        page.navigate(url("/buildings/edit/rathaus-anbau"));
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Anbau (Eingang Schulstraße)");
        Browser.assertAccessible(page);

        page.navigate(url("/rooms"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neuer Raum")).click();
        page.getByLabel("Schlüssel").fill("rh-e07");
        var floor = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Etage"));
        floor.fill("Hauptgebäude · Erdgeschoss");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Rathaus Musterstadt · Hauptgebäude · Erdgeschoss"))
                .click();
        page.getByLabel("Raumnummer").fill("E.07");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Fundbüro");
        page.getByLabel("Vom linken Rand (%)").fill("40");
        page.getByLabel("Vom oberen Rand (%)").fill("70");
        page.getByLabel("Vom oberen Rand (%)").press("Tab");
        assertThat(page.locator(".admin-plan-marker")).containsText("E.07");
        Browser.assertAccessible(page);
        save(page);
        assertThat(page.locator("h1")).containsText("E.07 Fundbüro");
        var room = room("rh-e07");
        assertThat(room.x()).isEqualTo(0.4);
        assertThat(room.y()).isEqualTo(0.7);
        assertThat(room.name().texts().get("de")).isEqualTo("Fundbüro");

        deleteRoom(page);
        assertThat(page.locator("h1")).hasText("Räume");
        assertThat(page.locator("vaadin-grid")).not().containsText("Fundbüro");
        page.navigate(url("/rooms/edit/rh-e04"));
        deleteRoom(page);
        assertThat(page.locator(".admin-place-delete [role=alert]")).containsText("Bürgerservice (Einwohnermeldeamt)");
        Browser.assertAccessible(page);
        assertThat(room("rh-e04").number()).isEqualTo("E.04");
        page.context().close();
    }

    @Test
    void a_translator_does_not_see_the_place_editors_and_the_service_refuses_them() {
        var page = StaffSignIn.asNewUser(open(Browser.Screen.DESKTOP, "de-DE", "/login"), url(""), accounts, "tilda",
                Role.TRANSLATOR, Set.of("ar"));
        assertThat(page.locator("vaadin-side-nav")).containsText("Übersetzen");
        assertThat(page.locator("vaadin-side-nav")).not().containsText("Standorte");
        assertThat(page.locator("vaadin-side-nav")).not().containsText("Etagen");
        page.context().close();

        var opened = SystemActor.call(() -> places.room("rh-e05"));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("tilda", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.TRANSLATOR.name()))));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> places.rooms()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> places.saveRoom(opened, opened)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> places.storePlan("plan.png", new ByteArrayInputStream(new byte[]{1})))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Page signIn(String name) {
        return StaffSignIn.asNewUser(open(Browser.Screen.DESKTOP, "de-DE", "/login"), url(""), accounts, name,
                Role.EDITOR, Set.of());
    }

    private static void deleteRoom(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raum löschen")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Raum löschen")).click();
    }

    private static void upload(Page page, Path file) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
    }

    private static void save(Page page) {
        AdminEditorsBrowserTest.save(page);
    }

    private ContentPackage.Floor floor(String key) {
        return SystemActor.call(packages::draft).sites().stream().flatMap(s -> s.buildings().stream())
                .flatMap(b -> b.floors().stream()).filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private ContentPackage.Room room(String key) {
        return SystemActor.call(packages::draft).sites().stream().flatMap(s -> s.buildings().stream())
                .flatMap(b -> b.floors().stream()).flatMap(f -> f.rooms().stream()).filter(r -> r.key().equals(key))
                .findFirst().orElseThrow();
    }
}
