package org.redflag.corpus.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>Pages are rendered when asked for, from where each published ad comes from (a corpus ad, its
 * variant number, whether it is a repost), so a board of 100,000 ads holds a few megabytes, not the
 * pages themselves: a scan of the board in the same process measures the scan's memory, not the board's.
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

    private static final String ROBOTS = "User-agent: *\nDisallow: /admin/\n";
    private static final String HOME = "<!doctype html><html><head><title>Demo boards</title></head><body>"
            + "<a href=\"/a/jobs?page=1\">Global Jobs Hub</a> <a href=\"/b/list-1.html\">Classifieds Corner</a></body></html>";

    /**
     * Where a published ad comes from.
     *
     * @param source the corpus ad, by position
     * @param variant its {@link AdVariant} number, 0 for the ad itself
     * @param repost the repost number when it is posted again under a front name, -1 otherwise
     */
    private record Placement(int source, int variant, int repost) {
    }

    private final List<JobAd> sources;
    private final List<Placement> boardA;
    private final List<Placement> boardB;
    private final Map<String, Placement> adPagesA = new HashMap<>();
    private final Map<String, Placement> adPagesB = new HashMap<>();

    /**
     * @param boardA the ads of board A (JSON-LD layout)
     * @param boardB the ads of board B (classifieds layout)
     */
    public DemoBoard(List<JobAd> boardA, List<JobAd> boardB) {
        this(concat(boardA, boardB), places(0, boardA.size()), places(boardA.size(), boardB.size()));
    }

    private DemoBoard(List<JobAd> sources, List<Placement> boardA, List<Placement> boardB) {
        this.sources = sources;
        this.boardA = boardA;
        this.boardB = boardB;
        boardA.forEach(p -> adPagesA.put(slug(ad(p)), p));
        boardB.forEach(p -> adPagesB.put(slug(ad(p)), p));
    }

    private static List<JobAd> concat(List<JobAd> a, List<JobAd> b) {
        List<JobAd> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<Placement> places(int from, int count) {
        List<Placement> placed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            placed.add(new Placement(from + i, 0, -1));
        }
        return placed;
    }

    /**
     * Splits ads between the two boards, alternating, so both boards carry every label. Every
     * {@value #REPOST_EVERY}th place goes to a repost: an exploitative ad published before, posted again
     * on the other board under another employer name with the same text and contacts, the way one
     * recruiter advertises under several names. The link step finds these as near-duplicate clusters
     * and contact networks. When {@code count} asks for more ads than the corpus holds, the corpus is
     * published again and again as {@link AdVariant synthetic variants} until there are {@code count}.
     *
     * @param ads corpus ads
     * @param count how many to publish in all, reposts included
     * @return the board
     */
    public static DemoBoard of(List<LabelledAd> ads, int count) {
        List<Placement> a = new ArrayList<>();
        List<Placement> b = new ArrayList<>();
        List<List<Placement>> exploitativeOn = List.of(new ArrayList<>(), new ArrayList<>());
        int step = Math.max(1, ads.size() / Math.max(1, count));
        for (int i = 0, n = 0; !ads.isEmpty() && n < count; n++) {
            List<Placement> board = n % 2 == 0 ? a : b;
            List<Placement> otherBoards = exploitativeOn.get(1 - n % 2);
            if (n % REPOST_EVERY == REPOST_EVERY - 1 && !otherBoards.isEmpty()) {
                int k = n / REPOST_EVERY;
                Placement original = otherBoards.get(k % otherBoards.size());
                board.add(new Placement(original.source(), original.variant(), k));
                continue;
            }
            Placement placed = new Placement(i % ads.size(), i / ads.size(), -1);
            board.add(placed);
            if (ads.get(placed.source()).label() == Label.EXPLOITATIVE) {
                exploitativeOn.get(n % 2).add(placed);
            }
            i += step;
        }
        return new DemoBoard(ads.stream().map(LabelledAd::ad).toList(), a, b);
    }

    /**
     * @param pathAndQuery a request's raw path, with {@code ?} and its raw query when it has one
     * @return the page there, as bytes; empty when there is none
     */
    public Optional<byte[]> page(String pathAndQuery) {
        return Optional.ofNullable(html(pathAndQuery)).map(h -> h.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param pathAndQuery a request's raw path and query
     * @return whether it names an ad page of either board (which may not exist)
     */
    static boolean isAdPage(String pathAndQuery) {
        return pathAndQuery.startsWith("/a/job/") || pathAndQuery.startsWith("/b/ad-");
    }

    /** @return how many ads the larger of the two boards publishes */
    public int largestBoard() {
        return Math.max(boardA.size(), boardB.size());
    }

    /** @return the paths of board A's ad pages, in publishing order */
    public List<String> adPathsOfBoardA() {
        return boardA.stream().map(p -> "/a/job/" + slug(ad(p)) + ".html").toList();
    }

    private String html(String key) {
        if (key.equals("/robots.txt")) {
            return ROBOTS;
        }
        if (key.equals("/")) {
            return HOME;
        }
        if (key.startsWith("/a/jobs?page=")) {
            int p = pageNumber(key.substring("/a/jobs?page=".length()), boardA.size());
            return p == 0 ? null : listingA(p);
        }
        if (key.startsWith("/b/list-") && key.endsWith(".html")) {
            int p = pageNumber(key.substring("/b/list-".length(), key.length() - ".html".length()), boardB.size());
            return p == 0 ? null : listingB(p);
        }
        if (key.startsWith("/a/job/") && key.endsWith(".html")) {
            Placement p = adPagesA.get(key.substring("/a/job/".length(), key.length() - ".html".length()));
            return p == null ? null : adPageA(ad(p));
        }
        if (key.startsWith("/b/ad-") && key.endsWith(".html")) {
            Placement p = adPagesB.get(key.substring("/b/ad-".length(), key.length() - ".html".length()));
            return p == null ? null : adPageB(ad(p));
        }
        return null;
    }

    /** @return the listing page number, 0 when it is not one of the board's pages */
    private static int pageNumber(String text, int ads) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int p = Integer.parseInt(text);
        return p >= 1 && p <= pageCount(ads) ? p : 0;
    }

    private JobAd ad(Placement p) {
        JobAd ad = AdVariant.of(sources.get(p.source()), p.variant());
        return p.repost() < 0 ? ad : ad.toBuilder().id(ad.id() + "-repost-" + p.repost())
                .employer(FRONT_NAMES.get(p.repost() % FRONT_NAMES.size())).build();
    }

    private List<JobAd> ads(List<Placement> board, int page) {
        return board.subList((page - 1) * PAGE_SIZE, Math.min(board.size(), page * PAGE_SIZE)).stream().map(this::ad).toList();
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

    private static final String NAV_A = "<header class=\"site\"><nav><a href=\"/a/jobs?page=1\">Jobs</a> | <a href=\"/a/employers\">Employers</a>"
            + " | <a href=\"/a/login\">Sign in</a></nav></header>";
    private static final String FOOTER_A = "<footer><p>&copy; 2026 Global Jobs Hub. Terms. Privacy. Report an ad.</p>"
            + "<p>Global Jobs Hub is a demo board of the Redflag project: every ad on it is made up.</p></footer>";
    private static final String BANNER_A = "<aside class=\"ads\"><p>Advertisement: Learn English online in 30 days! Special offer.</p></aside>";
    private static final String TOP_B = "<div id=\"top\"><b>Classifieds Corner</b> - buy, sell, rent, jobs <form><input name=q><button>Search</button></form>"
            + "<ul class=\"menu\"><li><a href=\"/b/list-1.html\">Jobs</a></li><li><a href=\"/b/cars\">Cars</a></li>"
            + "<li><a href=\"/b/rent\">Rent</a></li></ul></div>";
    private static final String BOTTOM_B = "<div id=\"bottom\">Classifieds Corner is a demo site of the Redflag project. All ads are made up."
            + " <a href=\"/b/post\">Post an ad</a></div>";

    private String listingA(int p) {
        int pagesTotal = pageCount(boardA.size());
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Jobs - page ")
                .append(p).append(" - Global Jobs Hub</title></head><body>").append(NAV_A).append("<main><h1>Latest jobs</h1><ol class=\"results\">");
        for (JobAd ad : ads(boardA, p)) {
            sb.append("<li class=\"result\"><a class=\"job-link\" href=\"/a/job/").append(slug(ad)).append(".html\">")
                    .append(esc(ad.title())).append("</a> <span class=\"where\">").append(esc(ad.location()))
                    .append("</span></li>");
        }
        sb.append("</ol><div class=\"pagination\">");
        if (p < pagesTotal) {
            sb.append("<a class=\"next\" href=\"/a/jobs?page=").append(p + 1).append("\">Next &raquo;</a>");
        }
        sb.append("</div></main>").append(BANNER_A).append(FOOTER_A).append("</body></html>");
        return sb.toString();
    }

    private static String adPageA(JobAd ad) {
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
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + esc(ad.title())
                + " - Global Jobs Hub</title><script type=\"application/ld+json\">" + jsonLd + "</script></head><body>"
                + NAV_A + "<div class=\"cookie\">We use cookies. <button>OK</button></div><main><article class=\"job\"><h1>"
                + esc(ad.title()) + "</h1><p class=\"meta\">" + esc(ad.employer()) + " &middot; " + esc(ad.location())
                + " &middot; " + esc(ad.salary()) + "</p>" + paragraphs(ad.description())
                + (ad.contact().isEmpty() ? "" : "<p class=\"contact\">Contact: " + esc(ad.contact()) + "</p>")
                + "</article></main>" + BANNER_A + FOOTER_A + "</body></html>";
    }

    private String listingB(int p) {
        int pagesTotal = pageCount(boardB.size());
        StringBuilder sb = new StringBuilder("<html><head><title>Jobs page ").append(p)
                .append("</title></head><body>").append(TOP_B).append("<table class=\"listing\">");
        for (JobAd ad : ads(boardB, p)) {
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
        sb.append("</div>").append(BOTTOM_B).append("</body></html>");
        return sb.toString();
    }

    private static String adPageB(JobAd ad) {
        return "<html><head><title>" + esc(ad.title()) + "</title></head><body>" + TOP_B
                + "<table><tr><td class=\"side\">Featured: 2BR flat for rent, call now</td><td><div class=\"post\">"
                + "<h2 class=\"post-title\">" + esc(ad.title()) + "</h2>"
                + "<div class=\"post-employer\">" + esc(ad.employer()) + "</div>"
                + "<div class=\"post-location\">" + esc(ad.location()) + "</div>"
                + "<div class=\"post-pay\">" + esc(ad.salary()) + "</div>"
                + "<div class=\"post-body\">" + paragraphs(ad.description()) + "</div>"
                + "<div class=\"post-req\">" + paragraphs(ad.requirements()) + "</div>"
                + "<div class=\"post-contact\">" + esc(ad.contact()) + "</div>"
                + "<div class=\"post-date\">" + esc(ad.posted()) + "</div>"
                + "</div></td></tr></table>" + BOTTOM_B + "</body></html>";
    }

    private static String slug(JobAd ad) {
        return ad.id().replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
