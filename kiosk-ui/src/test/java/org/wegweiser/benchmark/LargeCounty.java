package org.wegweiser.benchmark;

import org.wegweiser.content.ContentPackage;
import org.wegweiser.content.ContentPackage.Building;
import org.wegweiser.content.ContentPackage.ChecklistItem;
import org.wegweiser.content.ContentPackage.Floor;
import org.wegweiser.content.ContentPackage.Office;
import org.wegweiser.content.ContentPackage.OpeningPeriod;
import org.wegweiser.content.ContentPackage.Room;
import org.wegweiser.content.ContentPackage.Service;
import org.wegweiser.content.ContentPackage.Site;
import org.wegweiser.content.ContentPackageCodec;
import org.wegweiser.content.LocalizedText;
import org.wegweiser.demo.DemoContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The content of a large county, generated from a seed so every run measures the same package:
 * 50 sites, 300 offices, 1 000 services with 6-item checklists, in the demo's 8 languages (Arabic
 * and Persian right to left). Languages, topics, document types and partner places come from the
 * Musterstadt demo, the small case. A service is a subject ("Hund", "Reisepass") with an action
 * ("anmelden", "verlängern"), each translated, so a labelled query can name exactly one service.
 */
public final class LargeCounty {

    public static final long SEED = 8;
    public static final int SITES = 50;
    public static final int OFFICES_PER_SITE = 6;
    public static final int CHECKLIST_ITEMS = 6;
    public static final List<String> LANGUAGES = List.of("de", "de-x-ls", "en", "ar", "uk", "tr", "fa", "ru");

    /** One search a visitor types, and the service that should come first. */
    public record LabelledQuery(String text, String language, String expectedService) {
    }

    // Order of every row: de, de-x-ls, en, ar, uk, tr, fa, ru (LANGUAGES)
    private static final String[][] SUBJECTS = {
            {"Hund", "Hund", "dog", "كلب", "собака", "köpek", "سگ", "собака"},
            {"Wohnsitz", "Wohnung", "residence", "سكن", "проживання", "ikamet", "اقامتگاه", "проживание"},
            {"Gewerbe", "Gewerbe", "business", "تجارة", "підприємництво", "işletme", "کسب‌وکار", "предпринимательство"},
            {"Fahrzeug", "Auto", "vehicle", "مركبة", "транспорт", "araç", "خودرو", "транспорт"},
            {"Reisepass", "Reisepass", "passport", "جواز", "паспорт", "pasaport", "گذرنامه", "паспорт"},
            {"Personalausweis", "Ausweis", "identity", "هوية", "посвідчення", "kimlik", "کارت‌ملی", "удостоверение"},
            {"Führerschein", "Führerschein", "licence", "رخصة", "права", "ehliyet", "گواهینامه", "права"},
            {"Geburtsurkunde", "Geburtsurkunde", "birth", "ميلاد", "народження", "doğum", "تولد", "рождение"},
            {"Eheschließung", "Heirat", "marriage", "زواج", "шлюб", "evlilik", "ازدواج", "брак"},
            {"Sterbeurkunde", "Sterbeurkunde", "death", "وفاة", "смерть", "ölüm", "فوت", "смерть"},
            {"Kindergeld", "Kindergeld", "allowance", "إعانة", "допомога", "yardım", "کمک‌هزینه", "пособие"},
            {"Kitaplatz", "Kita", "nursery", "حضانة", "садочок", "kreş", "مهدکودک", "садик"},
            {"Schule", "Schule", "school", "مدرسة", "школа", "okul", "مدرسه", "школа"},
            {"Wohngeld", "Wohngeld", "housing", "إسكان", "житло", "konut", "مسکن", "жильё"},
            {"Bauantrag", "Bauen", "building", "بناء", "будівництво", "inşaat", "ساختمان", "строительство"},
            {"Parkausweis", "Parkausweis", "parking", "موقف", "паркування", "otopark", "پارکینگ", "парковка"},
            {"Abfall", "Müll", "waste", "نفايات", "сміття", "çöp", "زباله", "мусор"},
            {"Grundsteuer", "Grundsteuer", "property", "عقار", "нерухомість", "emlak", "ملک", "недвижимость"},
            {"Fischereischein", "Angeln", "fishing", "صيد", "риболовля", "balıkçılık", "ماهیگیری", "рыбалка"},
            {"Waffenschein", "Waffen", "weapon", "سلاح", "зброя", "silah", "سلاح", "оружие"},
            {"Aufenthaltstitel", "Aufenthalt", "permit", "إقامة", "дозвіл", "izin", "اجازه", "разрешение"},
            {"Einbürgerung", "Einbürgerung", "citizenship", "جنسية", "громадянство", "vatandaşlık", "تابعیت", "гражданство"},
            {"Sozialhilfe", "Hilfe", "welfare", "رعاية", "соцдопомога", "sosyal", "رفاه", "соцпомощь"},
            {"Rente", "Rente", "pension", "تقاعد", "пенсія", "emeklilik", "بازنشستگی", "пенсия"},
            {"Elterngeld", "Elterngeld", "parental", "الوالدين", "батьківство", "ebeveyn", "والدین", "родительство"},
            {"Führungszeugnis", "Zeugnis", "record", "سجل", "довідка", "sicil", "سابقه", "справка"},
            {"Fundsache", "Fundsache", "item", "مفقودات", "знахідка", "eşya", "اشیا", "находка"},
            {"Wahl", "Wahl", "election", "انتخابات", "вибори", "seçim", "انتخابات", "выборы"},
            {"Steuer", "Steuer", "tax", "ضريبة", "податок", "vergi", "مالیات", "налог"},
            {"Bescheinigung", "Bescheinigung", "certificate", "شهادة", "сертифікат", "belge", "گواهی", "сертификат"},
            {"Ehrenamt", "Ehrenamt", "volunteering", "تطوع", "волонтерство", "gönüllülük", "داوطلبی", "волонтёрство"},
            {"Sprachkurs", "Sprachkurs", "course", "دورة", "курс", "kurs", "دوره", "курс"},
            {"Integration", "Integration", "integration", "اندماج", "інтеграція", "uyum", "ادغام", "интеграция"},
            {"Arbeit", "Arbeit", "work", "عمل", "робота", "iş", "کار", "работа"},
            {"Versicherung", "Versicherung", "insurance", "تأمين", "страхування", "sigorta", "بیمه", "страхование"},
            {"Impfung", "Impfung", "vaccination", "تطعيم", "щеплення", "aşı", "واکسن", "прививка"},
            {"Namensänderung", "Name", "name", "اسم", "ім'я", "isim", "نام", "имя"},
            {"Adoption", "Adoption", "adoption", "تبني", "усиновлення", "evlat", "فرزندخواندگی", "усыновление"},
            {"Vormundschaft", "Vormund", "guardianship", "وصاية", "опіка", "vesayet", "قیمومت", "опека"},
            {"Unterhalt", "Unterhalt", "maintenance", "نفقة", "аліменти", "nafaka", "نفقه", "алименты"},
            {"Markt", "Markt", "market", "سوق", "ринок", "pazar", "بازار", "рынок"},
            {"Veranstaltung", "Fest", "event", "فعالية", "захід", "etkinlik", "رویداد", "мероприятие"},
            {"Straße", "Straße", "road", "طريق", "дорога", "yol", "جاده", "дорога"},
            {"Baum", "Baum", "tree", "شجرة", "дерево", "ağaç", "درخت", "дерево"},
            {"Lärm", "Lärm", "noise", "ضوضاء", "шум", "gürültü", "سروصدا", "шум"},
            {"Gaststätte", "Gaststätte", "restaurant", "مطعم", "ресторан", "lokanta", "رستوران", "ресторан"},
            {"Taxi", "Taxi", "taxi", "تاكسي", "таксі", "taksi", "تاکسی", "такси"},
            {"Friedhof", "Friedhof", "cemetery", "مقبرة", "кладовище", "mezarlık", "گورستان", "кладбище"},
            {"Behinderung", "Behinderung", "disability", "إعاقة", "інвалідність", "engelli", "معلولیت", "инвалидность"},
            {"Bücherei", "Bücherei", "library", "مكتبة", "бібліотека", "kütüphane", "کتابخانه", "библиотека"},
    };

    private static final String[][] ACTIONS = {
            {"anmelden", "anmelden", "register", "تسجيل", "реєстрація", "kayıt", "ثبت", "регистрация"},
            {"abmelden", "abmelden", "deregister", "شطب", "скасування", "iptal", "لغو", "аннулирование"},
            {"ummelden", "ummelden", "transfer", "نقل", "переоформлення", "nakil", "انتقال", "переоформление"},
            {"beantragen", "beantragen", "apply", "طلب", "заява", "başvuru", "درخواست", "заявление"},
            {"verlängern", "verlängern", "renew", "تجديد", "продовження", "uzatma", "تمدید", "продление"},
            {"ändern", "ändern", "change", "تعديل", "зміна", "değişiklik", "تغییر", "изменение"},
            {"ersetzen", "ersetzen", "replace", "استبدال", "заміна", "yenileme", "جایگزینی", "замена"},
            {"prüfen", "prüfen", "check", "فحص", "перевірка", "kontrol", "بررسی", "проверка"},
            {"bezahlen", "bezahlen", "pay", "دفع", "оплата", "ödeme", "پرداخت", "оплата"},
            {"beglaubigen", "beglaubigen", "certify", "تصديق", "засвідчення", "onay", "تأیید", "заверение"},
            {"abholen", "abholen", "collect", "استلام", "отримання", "teslim", "دریافت", "получение"},
            {"melden", "melden", "report", "إبلاغ", "повідомлення", "bildirim", "گزارش", "сообщение"},
            {"verlieren", "verloren", "lost", "فقدان", "втрата", "kayıp", "گمشده", "утеря"},
            {"übersetzen", "übersetzen", "translate", "ترجمة", "переклад", "çeviri", "ترجمه", "перевод"},
            {"kündigen", "kündigen", "cancel", "إنهاء", "припинення", "fesih", "فسخ", "расторжение"},
            {"erstatten", "erstatten", "refund", "استرداد", "відшкодування", "iade", "بازپرداخت", "возмещение"},
            {"einsehen", "ansehen", "inspect", "اطلاع", "ознайомлення", "inceleme", "مشاهده", "ознакомление"},
            {"verschieben", "verschieben", "postpone", "تأجيل", "перенесення", "erteleme", "تعویق", "перенос"},
            {"widersprechen", "widersprechen", "appeal", "اعتراض", "оскарження", "itiraz", "اعتراض", "обжалование"},
            {"befreien", "befreien", "exempt", "إعفاء", "звільнення", "muafiyet", "معافیت", "освобождение"},
    };

    // What a service's summary says, per language: {0} subject, {1} action, {2} office
    private static final String[] SUMMARY = {
            "Hier können Sie {0} {1}. Zuständig ist {2}; bitte bringen Sie alle Unterlagen im Original mit.",
            "Hier können Sie {0} {1}. Das macht {2}. Bitte bringen Sie alle Papiere mit.",
            "Here you can {1}: {0}. {2} is responsible; please bring all documents as originals.",
            "{1}: {0}. الجهة المختصة هي {2}؛ يرجى إحضار جميع المستندات الأصلية.",
            "{0}: {1}. Відповідає {2}; будь ласка, візьміть усі документи в оригіналі.",
            "{0}: {1}. Yetkili birim {2}; lütfen tüm belgelerin asıllarını getirin.",
            "{0}: {1}. مسئول این کار {2} است؛ لطفاً اصل همهٔ مدارک را همراه بیاورید.",
            "{0}: {1}. Этим занимается {2}; пожалуйста, возьмите все документы в оригинале.",
    };

    private static final String[] WHAT_HAPPENS = {
            "Wir prüfen Ihre Unterlagen und Ihre Angaben. Wenn alles vollständig ist, erledigen wir Ihr Anliegen meist sofort; sonst bekommen Sie innerhalb von zwei Wochen einen Brief mit dem Ergebnis.",
            "Wir prüfen Ihre Papiere. Ist alles da? Dann sind Sie meistens gleich fertig. Sonst bekommen Sie in 2 Wochen einen Brief.",
            "We check your documents and details. If everything is complete we usually deal with your matter at once; otherwise you receive a letter with the result within two weeks.",
            "نراجع مستنداتك وبياناتك. إذا كان كل شيء مكتملًا ننجز طلبك عادةً فورًا؛ وإلا تصلك رسالة بالنتيجة خلال أسبوعين.",
            "Ми перевіряємо ваші документи та дані. Якщо все повно, зазвичай усе вирішуємо одразу; інакше протягом двох тижнів ви отримаєте лист із результатом.",
            "Belgelerinizi ve bilgilerinizi kontrol ederiz. Her şey eksiksizse işleminizi genellikle hemen yaparız; aksi hâlde iki hafta içinde sonucu bildiren bir mektup alırsınız.",
            "مدارک و اطلاعات شما را بررسی می‌کنیم. اگر همه چیز کامل باشد، معمولاً کار شما همان موقع انجام می‌شود؛ در غیر این صورت ظرف دو هفته نامه‌ای با نتیجه دریافت می‌کنید.",
            "Мы проверяем ваши документы и данные. Если всё в порядке, обычно решаем вопрос сразу; иначе в течение двух недель вы получите письмо с результатом.",
    };

    private static final String[] FEES = {"{0} Euro", "Das kostet {0} Euro.", "{0} euros", "{0} يورو", "{0} євро",
            "{0} avro", "{0} یورو", "{0} евро"};

    private static final String[] SITE = {"Bürgerbüro {0}", "Bürger-Büro {0}", "Citizens'' office {0}", "مكتب المواطنين {0}",
            "Бюро громадян {0}", "Vatandaş Bürosu {0}", "دفتر خدمات شهروندی {0}", "Бюро граждан {0}"};

    private static final String[] TOWN_START = {"Nord", "Süd", "Ober", "Unter", "Alt", "Neu", "Groß", "Klein", "Hoch", "Wald"};
    private static final String[] TOWN_END = {"heim", "dorf", "feld", "hausen", "bach"};

    private LargeCounty() {
    }

    public static String siteKey(int site) {
        return "site-%02d".formatted(site + 1);
    }

    public static String town(int site) {
        return TOWN_START[site % TOWN_START.length] + TOWN_END[site / TOWN_START.length];
    }

    public static String serviceKey(int subject, int action) {
        return "s%02d-%02d".formatted(subject, action);
    }

    /** The package; the same bytes for the same seed. */
    public static ContentPackage generate() {
        var demo = ContentPackageCodec.read(DemoContent.musterstadt());
        var random = new SplittableRandom(SEED);
        var sites = new ArrayList<Site>();
        var offices = new ArrayList<Office>();
        for (int s = 0; s < SITES; s++) {
            var floors = new ArrayList<Floor>();
            var demoFloors = demo.sites().getFirst().buildings().getFirst().floors();
            for (int level = 0; level < 3; level++) {
                var rooms = new ArrayList<Room>();
                for (int r = 0; r < 8; r++) {
                    String number = "%s.%02d".formatted(level == 0 ? "E" : String.valueOf(level), r + 1);
                    rooms.add(new Room(room(s, level, r), number, LocalizedText.EMPTY, 0.1 + 0.1 * r,
                            0.3 + 0.2 * (r % 3), level == 0 || r % 2 == 0));
                }
                var demoFloor = demoFloors.get(Math.min(level, demoFloors.size() - 1));
                floors.add(new Floor(siteKey(s) + "-f" + level, level, demoFloor.name(), demoFloor.planImage(), rooms));
            }
            var building = demo.sites().getFirst().buildings().getFirst();
            sites.add(new Site(siteKey(s), text(SITE, town(s)), "Hauptstraße " + (s + 1), "%05d".formatted(30100 + s * 7),
                    town(s), weekdays("08:00", "16:00"), List.of(new Building(siteKey(s) + "-haus", building.name(), floors))));
            for (int o = 0; o < OFFICES_PER_SITE; o++) {
                var kind = demo.offices().get(o);
                var name = new LinkedHashMap<String, String>();
                String town = town(s);
                kind.name().texts().forEach((language, value) -> name.put(language, value + " – " + town));
                offices.add(new Office(officeKey(s, o), new LocalizedText(name), kind.description(),
                        List.of(room(s, 0, o)), "+49 5555 %03d-%d".formatted(s, 100 + o), null, null, null,
                        weekdays("08:00", o % 2 == 0 ? "12:30" : "18:00"), List.of()));
            }
        }

        var services = new ArrayList<Service>();
        var documentTypes = demo.documentTypes();
        for (int subject = 0; subject < SUBJECTS.length; subject++) {
            for (int action = 0; action < ACTIONS.length; action++) {
                int homeSite = random.nextInt(SITES);
                int officeKind = (subject + action) % OFFICES_PER_SITE;
                var officeName = offices.get(homeSite * OFFICES_PER_SITE + officeKind).name();
                var title = new LinkedHashMap<String, String>();
                var summary = new LinkedHashMap<String, String>();
                var keywords = new LinkedHashMap<String, String>();
                for (int l = 0; l < LANGUAGES.size(); l++) {
                    String language = LANGUAGES.get(l);
                    title.put(language, title(subject, action, l));
                    summary.put(language, format(SUMMARY[l], SUBJECTS[subject][l], ACTIONS[action][l],
                            officeName.texts().get(language)));
                    keywords.put(language, SUBJECTS[subject][l] + ", " + ACTIONS[action][l]);
                }
                var rooms = new ArrayList<String>();
                for (int extra = 0; extra < 3; extra++) {
                    int site = (homeSite + extra * 17) % SITES;
                    rooms.add(room(site, 0, officeKind));
                }
                var checklist = new ArrayList<ChecklistItem>();
                int first = random.nextInt(documentTypes.size());
                for (int i = 0; i < CHECKLIST_ITEMS; i++) {
                    var type = documentTypes.get((first + i * 5) % documentTypes.size());
                    checklist.add(new ChecklistItem(type.key(), i == CHECKLIST_ITEMS - 1,
                            i == 0 ? demo.services().getFirst().checklist().getFirst().note() : LocalizedText.EMPTY));
                }
                var topic = demo.topics().get(subject % demo.topics().size());
                services.add(new Service(serviceKey(subject, action), topic.pictogram(), new LocalizedText(title),
                        new LocalizedText(summary), text(WHAT_HAPPENS), officeKey(homeSite, officeKind), rooms, null,
                        List.of(topic.key()), checklist, text(FEES, String.valueOf(10 + random.nextInt(90))),
                        random.nextInt(3) == 0, null, null, new LocalizedText(keywords)));
            }
        }
        var organisation = new ContentPackage.Organisation(text(new String[]{"Landkreis Musterland",
                "Land-Kreis Musterland", "Musterland County", "مقاطعة موسترلاند", "Округ Мустерланд",
                "Musterland İlçesi", "شهرستان موسترلاند", "Округ Мустерланд"}), demo.organisation().logo(),
                demo.organisation().primaryColor(), demo.organisation().accentColor(), "de", "Europe/Berlin",
                demo.organisation().publicBaseUrl());
        return new ContentPackage(ContentPackage.FORMAT, ContentPackage.SCHEMA_VERSION, organisation, demo.languages(),
                sites, offices, demo.partnerPlaces(), demo.topics(), documentTypes, services, demo.announcements().stream()
                .map(a -> new ContentPackage.Announcement(a.key(), a.text(), a.validFrom(), a.validUntil(), List.of()))
                .toList(), List.of());
    }

    /** The service's title in the language with the index {@code l} of {@link #LANGUAGES}. */
    static String title(int subject, int action, int l) {
        String language = LANGUAGES.get(l);
        return language.startsWith("de") ? SUBJECTS[subject][l] + " " + ACTIONS[action][l]
                : capitalise(SUBJECTS[subject][l], language) + ": " + ACTIONS[action][l];
    }

    /**
     * Searches as visitors type them: subject and action in one of the eight languages, lower
     * case, half of them with one typo in the longer word (a letter dropped, doubled or swapped).
     */
    public static List<LabelledQuery> queries(int count) {
        var random = new SplittableRandom(SEED + 1);
        var queries = new ArrayList<LabelledQuery>();
        for (int i = 0; i < count; i++) {
            int subject = random.nextInt(SUBJECTS.length);
            int action = random.nextInt(ACTIONS.length);
            int l = i % LANGUAGES.size();
            String language = LANGUAGES.get(l);
            String first = SUBJECTS[subject][l].toLowerCase(Locale.forLanguageTag(language));
            String second = ACTIONS[action][l].toLowerCase(Locale.forLanguageTag(language));
            if (i % 2 == 1) {
                if (first.length() >= second.length()) {
                    first = typo(first, random);
                } else {
                    second = typo(second, random);
                }
            }
            String text = i % 3 == 0 ? second + " " + first : first + " " + second;
            queries.add(new LabelledQuery(text, language, serviceKey(subject, action)));
        }
        return queries;
    }

    private static String typo(String word, SplittableRandom random) {
        var points = word.codePoints().toArray();
        if (points.length < 5) {
            return word;
        }
        int at = 1 + random.nextInt(points.length - 2);
        var out = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            switch (random.nextInt(3) == 0 && i == at ? 0 : i == at ? 1 + (at % 2) : -1) {
                case 0 -> out.appendCodePoint(points[i]).appendCodePoint(points[i]); // doubled
                case 1 -> { } // dropped
                case 2 -> { // swapped with the next
                    out.appendCodePoint(points[i + 1]).appendCodePoint(points[i]);
                    i++;
                }
                default -> out.appendCodePoint(points[i]);
            }
        }
        return out.toString();
    }

    private static String capitalise(String word, String language) {
        if (!"en".equals(language) && !"tr".equals(language) && !"uk".equals(language) && !"ru".equals(language)) {
            return word;
        }
        return word.substring(0, 1).toUpperCase(Locale.forLanguageTag(language)) + word.substring(1);
    }

    static String room(int site, int level, int room) {
        return "%s-r%d%02d".formatted(siteKey(site), level, room + 1);
    }

    static String officeKey(int site, int office) {
        return "%s-amt%d".formatted(siteKey(site), office + 1);
    }

    private static List<OpeningPeriod> weekdays(String opens, String closes) {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> new OpeningPeriod(day, opens, closes)).toList();
    }

    private static LocalizedText text(String[] perLanguage, String... arguments) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            texts.put(LANGUAGES.get(l), format(perLanguage[l], arguments));
        }
        return new LocalizedText(texts);
    }

    private static String format(String pattern, String... arguments) {
        return java.text.MessageFormat.format(pattern, (Object[]) arguments);
    }
}
