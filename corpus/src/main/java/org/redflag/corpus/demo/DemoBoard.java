package org.redflag.corpus.demo;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.redflag.ad.JobAd;
import org.redflag.corpus.Label;
import org.redflag.corpus.LabelledAd;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the demo board's pages from corpus ads. Board A ({@code /a/}) is a job portal whose ad
 * pages carry schema.org {@code JobPosting} JSON-LD; board B ({@code /b/}) is a classifieds site
 * with no structured data, read through its site profile's selectors. Both have listing pages with
 * pagination, navigation, banners and footers around the ads.
 */
public final class DemoBoard {

    /** Ads per listing page. */
    static final int PAGE_SIZE = 10;

    /** Every how many published ads one is a repost of an earlier exploitative ad under another name. */
    public static final int REPOST_EVERY = 12;

    /** The employer names reposts appear under. */
    private static final List<String> FRONT_NAMES = List.of("Star Manpower Solutions", "Golden Bridge Placements",
            "Horizon Overseas Careers", "Blue Sky Recruitment Agency", "Prime Link Employment");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, byte[]> pages = new LinkedHashMap<>();

    /**
     * @param boardA the ads of board A (JSON-LD layout)
     * @param boardB the ads of board B (classifieds layout)
     */
    public DemoBoard(List<JobAd> boardA, List<JobAd> boardB) {
        put("/robots.txt", "User-agent: *\nDisallow: /admin/\n");
        put("/", "<!doctype html><html><head><title>Demo boards</title></head><body>"
                + "<a href=\"/a/jobs?page=1\">Global Jobs Hub</a> <a href=\"/b/list-1.html\">Classifieds Corner</a></body></html>");
        buildBoardA(boardA);
        buildBoardB(boardB);
    }

    /**
     * Splits ads between the two boards, alternating, so both boards carry every label. Every
     * {@value #REPOST_EVERY}th place goes to a repost: an exploitative ad published before, posted again
     * on the other board under another employer name with the same text and contacts, the way one
     * recruiter advertises under several names. The link step finds these as near-duplicate clusters
     * and contact networks.
     *
     * @param ads corpus ads
     * @param count how many to publish in all, reposts included
     * @return the board
     */
    public static DemoBoard of(List<LabelledAd> ads, int count) {
        List<JobAd> a = new java.util.ArrayList<>();
        List<JobAd> b = new java.util.ArrayList<>();
        List<List<JobAd>> exploitativeOn = List.of(new java.util.ArrayList<>(), new java.util.ArrayList<>());
        int step = Math.max(1, ads.size() / Math.max(1, count));
        for (int i = 0, n = 0; i < ads.size() && n < count; n++) {
            List<JobAd> board = n % 2 == 0 ? a : b;
            List<JobAd> otherBoards = exploitativeOn.get(1 - n % 2);
            if (n % REPOST_EVERY == REPOST_EVERY - 1 && !otherBoards.isEmpty()) {
                int k = n / REPOST_EVERY;
                JobAd original = otherBoards.get(k % otherBoards.size());
                board.add(original.toBuilder().id(original.id() + "-repost-" + k)
                        .employer(FRONT_NAMES.get(k % FRONT_NAMES.size())).build());
                continue;
            }
            LabelledAd ad = ads.get(i);
            board.add(ad.ad());
            if (ad.label() == Label.EXPLOITATIVE) {
                exploitativeOn.get(n % 2).add(ad.ad());
            }
            i += step;
        }
        return new DemoBoard(a, b);
    }

    /** @return the pages by path (with query), as bytes */
    public Map<String, byte[]> pages() {
        return pages;
    }

    private void put(String path, String html) {
        pages.put(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }

    /** The ad's text as paragraphs and lists, as a board would render it. */
    private static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder();
        boolean inList = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            boolean item = l.startsWith("- ") || l.startsWith("* ") || l.startsWith("• ");
            if (item && !inList) {
                sb.append("<ul>");
                inList = true;
            } else if (!item && inList) {
                sb.append("</ul>");
                inList = false;
            }
            if (l.isEmpty()) {
                continue;
            }
            sb.append(item ? "<li>" + esc(l.substring(2).strip()) + "</li>" : "<p>" + esc(l) + "</p>");
        }
        if (inList) {
            sb.append("</ul>");
        }
        return sb.toString();
    }

    private static int pageCount(int ads) {
        return Math.max(1, (ads + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private void buildBoardA(List<JobAd> ads) {
        String nav = "<header class=\"site\"><nav><a href=\"/a/jobs?page=1\">Jobs</a> | <a href=\"/a/employers\">Employers</a>"
                + " | <a href=\"/a/login\">Sign in</a></nav></header>";
        String footer = "<footer><p>&copy; 2026 Global Jobs Hub. Terms. Privacy. Report an ad.</p>"
                + "<p>Global Jobs Hub is a demo board of the Redflag project: every ad on it is made up.</p></footer>";
        String banner = "<aside class=\"ads\"><p>Advertisement: Learn English online in 30 days! Special offer.</p></aside>";
        int pagesTotal = pageCount(ads.size());
        for (int p = 1; p <= pagesTotal; p++) {
            StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Jobs - page ")
                    .append(p).append(" - Global Jobs Hub</title></head><body>").append(nav).append("<main><h1>Latest jobs</h1><ol class=\"results\">");
            for (JobAd ad : ads.subList((p - 1) * PAGE_SIZE, Math.min(ads.size(), p * PAGE_SIZE))) {
                sb.append("<li class=\"result\"><a class=\"job-link\" href=\"/a/job/").append(slug(ad)).append(".html\">")
                        .append(esc(ad.title())).append("</a> <span class=\"where\">").append(esc(ad.location()))
                        .append("</span></li>");
            }
            sb.append("</ol><div class=\"pagination\">");
            if (p < pagesTotal) {
                sb.append("<a class=\"next\" href=\"/a/jobs?page=").append(p + 1).append("\">Next &raquo;</a>");
            }
            sb.append("</div></main>").append(banner).append(footer).append("</body></html>");
            put("/a/jobs?page=" + p, sb.toString());
        }
        for (JobAd ad : ads) {
            ObjectNode ld = JSON.createObjectNode();
            ld.put("@context", "https://schema.org/");
            ld.put("@type", "JobPosting");
            ld.put("title", ad.title());
            ld.put("description", paragraphs(ad.description()));
            if (!ad.employer().isEmpty()) {
                ld.putObject("hiringOrganization").put("@type", "Organization").put("name", ad.employer());
            }
            ld.putObject("jobLocation").put("@type", "Place").putObject("address")
                    .put("@type", "PostalAddress").put("addressLocality", ad.location());
            if (!ad.salary().isEmpty()) {
                ld.put("baseSalary", ad.salary());
            }
            if (!ad.requirements().isEmpty()) {
                ld.put("qualifications", ad.requirements());
            }
            if (!ad.benefits().isEmpty()) {
                ld.put("jobBenefits", ad.benefits());
            }
            if (!ad.posted().isEmpty()) {
                ld.put("datePosted", ad.posted());
            }
            String jsonLd = JSON.writeValueAsString(ld).replace("</", "<\\/");
            String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + esc(ad.title())
                    + " - Global Jobs Hub</title><script type=\"application/ld+json\">" + jsonLd + "</script></head><body>"
                    + nav + "<div class=\"cookie\">We use cookies. <button>OK</button></div><main><article class=\"job\"><h1>"
                    + esc(ad.title()) + "</h1><p class=\"meta\">" + esc(ad.employer()) + " &middot; " + esc(ad.location())
                    + " &middot; " + esc(ad.salary()) + "</p>" + paragraphs(ad.description())
                    + (ad.contact().isEmpty() ? "" : "<p class=\"contact\">Contact: " + esc(ad.contact()) + "</p>")
                    + "</article></main>" + banner + footer + "</body></html>";
            put("/a/job/" + slug(ad) + ".html", html);
        }
    }

    private void buildBoardB(List<JobAd> ads) {
        String top = "<div id=\"top\"><b>Classifieds Corner</b> - buy, sell, rent, jobs <form><input name=q><button>Search</button></form>"
                + "<ul class=\"menu\"><li><a href=\"/b/list-1.html\">Jobs</a></li><li><a href=\"/b/cars\">Cars</a></li>"
                + "<li><a href=\"/b/rent\">Rent</a></li></ul></div>";
        String bottom = "<div id=\"bottom\">Classifieds Corner is a demo site of the Redflag project. All ads are made up."
                + " <a href=\"/b/post\">Post an ad</a></div>";
        int pagesTotal = pageCount(ads.size());
        for (int p = 1; p <= pagesTotal; p++) {
            StringBuilder sb = new StringBuilder("<html><head><title>Jobs page ").append(p)
                    .append("</title></head><body>").append(top).append("<table class=\"listing\">");
            for (JobAd ad : ads.subList((p - 1) * PAGE_SIZE, Math.min(ads.size(), p * PAGE_SIZE))) {
                sb.append("<tr><td><h3><a href=\"/b/ad-").append(slug(ad)).append(".html\">").append(esc(ad.title()))
                        .append("</a></h3><small>").append(esc(ad.location())).append("</small></td></tr>");
            }
            sb.append("</table><div class=\"pager\">");
            if (p > 1) {
                sb.append("<a rel=\"prev\" href=\"/b/list-").append(p - 1).append(".html\">prev</a> ");
            }
            if (p < pagesTotal) {
                sb.append("<a rel=\"next\" href=\"/b/list-").append(p + 1).append(".html\">next</a>");
            }
            sb.append("</div>").append(bottom).append("</body></html>");
            put("/b/list-" + p + ".html", sb.toString());
        }
        for (JobAd ad : ads) {
            String html = "<html><head><title>" + esc(ad.title()) + "</title></head><body>" + top
                    + "<table><tr><td class=\"side\">Featured: 2BR flat for rent, call now</td><td><div class=\"post\">"
                    + "<h2 class=\"post-title\">" + esc(ad.title()) + "</h2>"
                    + "<div class=\"post-employer\">" + esc(ad.employer()) + "</div>"
                    + "<div class=\"post-location\">" + esc(ad.location()) + "</div>"
                    + "<div class=\"post-pay\">" + esc(ad.salary()) + "</div>"
                    + "<div class=\"post-body\">" + paragraphs(ad.description()) + "</div>"
                    + "<div class=\"post-req\">" + paragraphs(ad.requirements()) + "</div>"
                    + "<div class=\"post-contact\">" + esc(ad.contact()) + "</div>"
                    + "<div class=\"post-date\">" + esc(ad.posted()) + "</div>"
                    + "</div></td></tr></table>" + bottom + "</body></html>";
            put("/b/ad-" + slug(ad) + ".html", html);
        }
    }

    private static String slug(JobAd ad) {
        return ad.id().replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
