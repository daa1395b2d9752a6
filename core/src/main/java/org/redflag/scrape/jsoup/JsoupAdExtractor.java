package org.redflag.scrape.jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redflag.ad.JobAd;
import org.redflag.ad.PostingAttribute;
import org.redflag.ad.RawPage;
import org.redflag.ad.ByteOrderMark;
import org.redflag.ad.ContentHash;
import org.redflag.ad.DecodedText;
import org.redflag.scrape.AdExtractor;
import org.redflag.scrape.FetchException;
import org.redflag.scrape.SiteProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts a job ad from a page with jsoup. With a site profile's field selectors, those; otherwise
 * schema.org {@code JobPosting} (JSON-LD, then microdata), else the page's main text by a
 * readability-style heuristic. Broken HTML is parsed as browsers parse it; the charset comes from
 * the Content-Type header, else the page's meta tag or byte-order mark.
 */
public final class JsoupAdExtractor implements AdExtractor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\\s;\"]+)", Pattern.CASE_INSENSITIVE);
    private static final String CLUTTER = "script, style, noscript, iframe, nav, header, footer, aside, form, "
            + "[role=navigation], [role=banner], [role=contentinfo], .ad, .ads, .advert, .advertisement, .cookie, .sidebar";
    /** A page whose main text is shorter than this holds no ad. */
    static final int MIN_TEXT_CHARS = 80;

    @Override
    public Optional<JobAd> extract(RawPage page, SiteProfile profile) {
        Document doc = parse(page);
        String id = adId(page.url(), profile);
        JobAd.Builder ad = JobAd.builder().id(id).url(page.url().toString())
                .source(profile == null ? page.url().getHost() : profile.name());
        Optional<JobAd> found;
        if (profile != null && !profile.fields().isEmpty()) {
            found = fromSelectors(doc, profile, ad);
        } else {
            found = fromJsonLd(doc, ad).or(() -> fromMicrodata(doc, ad)).or(() -> fromMainText(doc, ad));
        }
        return found.filter(a -> !a.isEmpty());
    }

    /**
     * A stable id: the site's name and a hash of the ad's path and query. The host is left out, as a
     * site is one host; so a site that moves port or scheme (the demo board's port changes on each
     * run) keeps its ads' ids. An opaque URL ({@code mailto:}, {@code urn:}) has no path: its hash is of the
     * whole URL but its fragment, lest every such page share the id of an empty path.
     */
    static String adId(java.net.URI url, SiteProfile profile) {
        String site = profile == null ? (url.getHost() == null ? "page" : url.getHost()) : profile.name();
        String local = url.isOpaque() ? url.getScheme() + ":" + url.getRawSchemeSpecificPart()
                : (url.getRawPath() == null ? "" : url.getRawPath()) + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return site + "-" + ContentHash.sha256(local.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * @return the page parsed, decoded with the header's charset when it names a known one
     * @throws FetchException when the decoded page is not text ({@link DecodedText#notText()}): random bytes served as
     *     HTML would otherwise become an "ad" of control characters
     */
    static Document parse(RawPage page) {
        Document doc = parseBytes(page);
        decode(page, doc).notText().ifPresent(why -> {
            throw new FetchException("refused " + page.url() + ": it is not text (" + why + ")");
        });
        return doc;
    }

    /**
     * @param page a page
     * @return its bytes decoded in the charset its parse takes (the header's, else its meta tag's or byte-order mark's,
     *     else UTF-8), with the bytes that charset could not decode counted
     */
    public static DecodedText decoded(RawPage page) {
        return decode(page, parseBytes(page));
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static DecodedText decode(RawPage page, Document doc) {
        // a page labelled ISO-8859-1 is windows-1252, as browsers read it (the HTML standard's encoding labels): read
        // as ISO-8859-1, the bytes 0x80 to 0x9F of a mislabelled UTF-8 page would count as control characters
        Charset charset = doc.charset().equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : doc.charset();
        byte[] body = page.body();
        int mark = ByteOrderMark.of(body, body.length).filter(m -> m.charset().equals(charset)).map(ByteOrderMark::length)
                .orElse(0);
        return DecodedText.decode(body, mark, charset);
    }

    private static Document parseBytes(RawPage page) {
        String charset = null;
        Matcher m = CHARSET.matcher(page.contentType());
        if (m.find() && Charset.isSupported(m.group(1))) {
            charset = m.group(1);
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.url().toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<JobAd> fromSelectors(Document doc, SiteProfile profile, JobAd.Builder ad) {
        ad.title(select(doc, profile, "title")).employer(select(doc, profile, "employer"))
                .location(select(doc, profile, "location")).salary(select(doc, profile, "salary"))
                .description(select(doc, profile, "description")).requirements(select(doc, profile, "requirements"))
                .benefits(select(doc, profile, "benefits")).contact(select(doc, profile, "contact"))
                .posted(select(doc, profile, "posted"));
        JobAd built = ad.build();
        return built.description().isEmpty() ? Optional.empty() : Optional.of(built);
    }

    private static String select(Document doc, SiteProfile profile, String field) {
        String selector = profile.fields().get(field);
        if (selector == null || selector.isBlank()) {
            return "";
        }
        Element e = doc.selectFirst(selector);
        return e == null ? "" : PageText.of(e);
    }

    private static Optional<JobAd> fromJsonLd(Document doc, JobAd.Builder ad) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JacksonException e) {
                continue; // broken JSON-LD: try the next block, then the page's text
            }
            JsonNode posting = findJobPosting(root);
            if (posting != null) {
                String description = htmlToText(text(posting, "description"));
                if (description.isEmpty()) {
                    continue;
                }
                return Optional.of(ad.title(text(posting, "title"))
                        .employer(text(posting.path("hiringOrganization"), "name").isEmpty()
                                ? text(posting, "hiringOrganization") : text(posting.path("hiringOrganization"), "name"))
                        .location(location(posting.path("jobLocation")))
                        .salary(salary(posting.path("baseSalary")))
                        .description(description)
                        .requirements(htmlToText(text(posting, "qualifications") + " " + text(posting, "experienceRequirements")))
                        .benefits(htmlToText(text(posting, "jobBenefits")))
                        .posted(text(posting, "datePosted"))
                        .attributes(attributes(posting))
                        .build());
            }
        }
        return Optional.empty();
    }

    private static Map<PostingAttribute, String> attributes(JsonNode posting) {
        Map<PostingAttribute, String> attributes = new EnumMap<>(PostingAttribute.class);
        attributes.put(PostingAttribute.EMPLOYMENT_TYPE, values(posting.path("employmentType")));
        attributes.put(PostingAttribute.INDUSTRY, values(posting.path("industry")));
        attributes.put(PostingAttribute.OCCUPATION, values(posting.path("occupationalCategory")));
        JsonNode experience = posting.path("experienceRequirements");
        attributes.put(PostingAttribute.EXPERIENCE, experience.isObject() ? text(experience, "name") : "");
        JsonNode education = posting.path("educationRequirements");
        attributes.put(PostingAttribute.EDUCATION,
                education.isObject() ? text(education, "credentialCategory") : values(education));
        if (!posting.path("jobLocationType").isMissingNode()) {
            attributes.put(PostingAttribute.REMOTE,
                    String.valueOf(values(posting.path("jobLocationType")).contains("TELECOMMUTE")));
        }
        JsonNode organization = posting.path("hiringOrganization");
        if (organization.isObject()) {
            attributes.put(PostingAttribute.COMPANY_LOGO, String.valueOf(!organization.path("logo").isMissingNode()));
        }
        return attributes;
    }

    /** @return a value node's text, or an array's values joined by commas */
    private static String values(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> {
                if (n.isValueNode()) {
                    parts.add(n.asString("").strip());
                }
            });
            return String.join(", ", parts);
        }
        return node.isValueNode() ? node.asString("").strip() : "";
    }

    private static JsonNode findJobPosting(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findJobPosting(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.path("@type");
        if (type.isString() && type.asString().equals("JobPosting")) {
            return node;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isString() && t.asString().equals("JobPosting")) {
                    return node;
                }
            }
        }
        return findJobPosting(node.get("@graph"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() ? v.asString("").strip() : "";
    }

    private static String location(JsonNode jobLocation) {
        JsonNode place = jobLocation.isArray() ? jobLocation.path(0) : jobLocation;
        JsonNode address = place.path("address");
        if (address.isValueNode()) {
            return address.asString("");
        }
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {"addressLocality", "addressRegion", "addressCountry"}) {
            String v = text(address, part).isEmpty() ? text(address.path(part), "name") : text(address, part);
            if (!v.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : ", ").append(v);
            }
        }
        return sb.toString();
    }

    private static String salary(JsonNode baseSalary) {
        if (baseSalary.isValueNode()) {
            return baseSalary.asString("");
        }
        JsonNode value = baseSalary.path("value");
        String amount = value.isValueNode() ? value.asString("")
                : text(value, "value").isEmpty()
                        ? (text(value, "minValue") + (text(value, "maxValue").isEmpty() ? "" : "-" + text(value, "maxValue")))
                        : text(value, "value");
        String unit = value.isObject() ? text(value, "unitText") : text(baseSalary, "unitText");
        return String.join(" ", text(baseSalary, "currency"), amount, unit.isEmpty() ? "" : "per " + unit.toLowerCase(Locale.ROOT)).strip();
    }

    private static Optional<JobAd> fromMicrodata(Document doc, JobAd.Builder ad) {
        Element posting = doc.selectFirst("[itemtype~=(?i)schema.org/JobPosting]");
        if (posting == null) {
            return Optional.empty();
        }
        String description = prop(posting, "description");
        if (description.isEmpty()) {
            return Optional.empty();
        }
        Element org = posting.selectFirst("[itemprop=hiringOrganization]");
        return Optional.of(ad.title(prop(posting, "title"))
                .employer(org == null ? "" : (prop(org, "name").isEmpty() ? PageText.of(org) : prop(org, "name")))
                .location(prop(posting, "jobLocation")).salary(prop(posting, "baseSalary"))
                .description(description).posted(prop(posting, "datePosted")).build());
    }

    private static String prop(Element scope, String name) {
        Element e = scope.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return "";
        }
        return e.hasAttr("content") ? e.attr("content").strip() : PageText.of(e);
    }

    private static Optional<JobAd> fromMainText(Document doc, JobAd.Builder ad) {
        Element title = doc.selectFirst("h1");
        String titleText = title != null ? title.text() : doc.title();
        Document clean = doc.clone();
        clean.select(CLUTTER).remove();
        Element main = clean.selectFirst("article, main, [role=main]");
        if (main == null) {
            main = densest(clean.body());
        }
        if (main == null) {
            return Optional.empty();
        }
        main.select("h1").remove();
        String text = PageText.of(main);
        if (text.length() < MIN_TEXT_CHARS) {
            return Optional.empty();
        }
        return Optional.of(ad.title(titleText).description(text).build());
    }

    /** @return the element whose own paragraphs hold the most text: the page's main content */
    private static Element densest(Element body) {
        if (body == null) {
            return null;
        }
        Element best = body;
        int bestScore = -1;
        for (Element e : body.select("div, section, td, body")) {
            int score = 0;
            for (Element child : e.children()) {
                if (child.normalName().matches("p|li|ul|ol|pre|blockquote|h[2-6]|br|span|strong|b|em")) {
                    score += child.text().length();
                }
            }
            score += e.ownText().length();
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    private static String htmlToText(String htmlOrText) {
        String s = htmlOrText.strip();
        if (s.isEmpty()) {
            return "";
        }
        return PageText.of(Jsoup.parseBodyFragment(s).body());
    }
}
