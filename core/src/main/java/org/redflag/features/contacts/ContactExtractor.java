package org.redflag.features.contacts;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redflag.ad.JobAd;
import org.redflag.features.Lexicon;
import org.redflag.features.contacts.Contact.Channel;
import org.redflag.features.places.Places;
import org.redflag.nlp.Span;

/**
 * Finds the contacts an ad gives, in every field: phone numbers (through Google's libphonenumber,
 * normalised to E.164; numbers without a country code are read in the country of the ad's
 * location, by {@link Places}), messenger numbers and handles, e-mail addresses (free-mail or not), web addresses, and
 * the masked stand-ins of data sets such as EMSCAD. Thread-safe.
 */
public final class ContactExtractor {

    private static final Pattern MASKED = Pattern.compile("#(?:EMAIL|PHONE|URL)_[0-9a-f]+#");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]+[^\\s<>\"'()\\[\\].,;:!?]");
    private static final Pattern MESSENGER_LINK = Pattern.compile("(?i)\\b(?:https?://)?(?:wa\\.me|api\\.whatsapp\\.com/send\\?phone=)/?\\+?(\\d{7,15})");
    private static final Pattern TELEGRAM_LINK = Pattern.compile("(?i)\\b(?:https?://)?t\\.me/([A-Za-z0-9_]{4,32})");
    /** A messenger's name and the handle after it; a handle ends in a letter, digit or underscore, never a sentence's full stop. */
    private static final Pattern HANDLE = Pattern.compile(
            "(?i)\\b(telegram|tg|wechat|weixin|line|skype|signal|instagram|ig)\\s*(?:id|handle|username)?\\s*[:\\-–]?\\s*(@?[A-Za-z][A-Za-z0-9_.-]{2,30}[A-Za-z0-9_])");
    /** A handle that cannot be an English word: it starts with @ or holds a digit, underscore or dot. */
    private static final Pattern HANDLE_LIKE = Pattern.compile("^@|[\\d_.]");
    private static final Pattern MESSENGER_CUE = Pattern.compile(
            "(?i)(whats\\s?app|\\bwa\\b|viber|signal|\\bimo\\b|telegram|\\bline\\b|\\btg\\b)[^\\n]{0,40}$");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final List<String> freeMailDomains;

    private ContactExtractor(List<String> freeMailDomains) {
        this.freeMailDomains = List.copyOf(freeMailDomains);
    }

    /** @return an extractor with the shipped list of free-mail providers */
    public static ContactExtractor withDefaults() {
        return new ContactExtractor(Lexicon.lines(ContactExtractor.class, "free-mail-domains.txt"));
    }

    /**
     * @param ad the ad
     * @return its contacts, in field order and then text order; a contact given twice is listed twice
     */
    public List<Contact> extract(JobAd ad) {
        String region = Places.regionOf(ad.location());
        List<Contact> contacts = new ArrayList<>();
        for (Map.Entry<JobAd.Field, String> field : ad.textFields().entrySet()) {
            contacts.addAll(extract(field.getKey(), field.getValue(), region));
        }
        return contacts;
    }

    private List<Contact> extract(JobAd.Field field, String text, String region) {
        List<Contact> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        // the scans below skip a text that lacks a character each kind of contact must hold
        Matcher m = MASKED.matcher(text.indexOf('#') < 0 ? "" : text);
        while (m.find()) {
            add(found, taken, field, text, m.start(), m.end(), Channel.MASKED, m.group());
        }
        m = MESSENGER_LINK.matcher(text);
        while (m.find()) {
            add(found, taken, field, text, m.start(), m.end(), Channel.MESSENGER, "+" + m.group(1));
        }
        m = TELEGRAM_LINK.matcher(text);
        while (m.find()) {
            add(found, taken, field, text, m.start(), m.end(), Channel.HANDLE, "telegram:@" + m.group(1).toLowerCase(Locale.ROOT));
        }
        m = EMAIL.matcher(text.indexOf('@') < 0 ? "" : text);
        while (m.find()) {
            String address = m.group().toLowerCase(Locale.ROOT);
            add(found, taken, field, text, m.start(), m.end(), isFreeMail(address) ? Channel.FREE_EMAIL : Channel.EMAIL, address);
        }
        m = URL.matcher(text);
        while (m.find()) {
            String url = m.group().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "").toLowerCase(Locale.ROOT);
            add(found, taken, field, text, m.start(), m.end(), Channel.URL, url);
        }
        m = HANDLE.matcher(text);
        while (m.find()) {
            String handle = m.group(2);
            if (handle.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '.')) {
                continue; // a number after "Telegram:" is a phone number, found below
            }
            String app = m.group(1).toLowerCase(Locale.ROOT);
            app = switch (app) {
                case "tg" -> "telegram";
                case "weixin" -> "wechat";
                case "ig" -> "instagram";
                default -> app;
            };
            if (namesHandle(text, m) && (handle.startsWith("@") || !app.equals("line") && !app.equals("signal"))) {
                add(found, taken, field, text, m.start(2), m.end(2), Channel.HANDLE,
                        app + ":@" + handle.replaceFirst("^@", "").toLowerCase(Locale.ROOT));
            }
        }
        Iterable<PhoneNumberMatch> numbers = text.codePoints().anyMatch(Character::isDigit)
                ? phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE) : List.of();
        for (PhoneNumberMatch p : numbers) {
            String before = text.substring(Math.max(0, p.start() - 60), p.start());
            Channel channel = MESSENGER_CUE.matcher(before).find() ? Channel.MESSENGER : Channel.PHONE;
            add(found, taken, field, text, p.start(), p.end(), channel, phones.format(p.number(), PhoneNumberFormat.E164));
        }
        found.sort(Comparator.comparingInt(c -> c.evidence().start()));
        return found;
    }

    /**
     * @return whether the word after a messenger's name is a handle: marked as one ({@code Telegram: name},
     *         {@code WeChat ID name}) or not readable as a word ({@code @name}, {@code rose_agency2}); in "contact
     *         us on Telegram only" or "join our Telegram group" the word after the name is no handle
     */
    private static boolean namesHandle(String text, Matcher m) {
        return HANDLE_LIKE.matcher(m.group(2)).find() || !text.substring(m.end(1), m.start(2)).isBlank();
    }

    /** Adds a contact unless an earlier, more specific pattern already claimed its text. */
    private static void add(List<Contact> found, boolean[] taken, JobAd.Field field, String text, int start, int end,
                            Channel channel, String value) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        found.add(new Contact(channel, value, new Span(field, start, end, text.substring(start, end))));
    }

    private boolean isFreeMail(String address) {
        String domain = address.substring(address.indexOf('@') + 1);
        for (String free : freeMailDomains) {
            if (free.endsWith(".") ? domain.startsWith(free) : domain.equals(free)) {
                return true;
            }
        }
        return false;
    }
}
