package org.redflag.scrape.jsoup;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The readable text of an element: block elements become line breaks, runs of spaces one space. */
final class PageText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "section", "article", "header", "footer", "dd", "dt", "dl", "blockquote", "pre", "hr");

    private PageText() {
    }

    static String of(Element element) {
        StringBuilder sb = new StringBuilder();
        element.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.text();
                    if (!text.isBlank()) {
                        if (!sb.isEmpty() && !endsWithSpace(sb) && Character.isWhitespace(text.charAt(0))) {
                            sb.append(' ');
                        }
                        sb.append(text.strip());
                        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
                            sb.append(' ');
                        }
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(sb);
                    if (e.normalName().equals("li")) {
                        sb.append("- ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(sb);
                }
            }
        });
        return sb.toString().replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean endsWithSpace(StringBuilder sb) {
        return Character.isWhitespace(sb.charAt(sb.length() - 1));
    }

    private static void newline(StringBuilder sb) {
        if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }
}
