package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class FortunesPageTest {

    private static String page(List<String> messages, UnaryOperator<String> escape) {
        StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html><body><table>\n<tr><th>id</th><th>message</th></tr>");
        int id = 1;
        for (String m : messages) {
            html.append("\n  <tr><td>")
                    .append(id++)
                    .append("</td><td>")
                    .append(escape.apply(m))
                    .append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    /** Mustache's and Handlebars' escaping: numeric references for quotes, = and `. */
    private static String escapeLikeMustache(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;")
                .replace("=", "&#x3D;");
    }

    @Test
    void aSortedEscapedPageWithTheAddedFortunePassesWhateverTheEngineEscapes() {
        String summary =
                FortunesPage.check(page(FortunesPage.expectedMessages(), FortunesPageTest::escapeLikeMustache));
        assertThat(summary).startsWith("13 fortunes sorted");
    }

    @Test
    void aPageWithTheMarkupFortuneUnescapedFails() {
        assertThatThrownBy(() -> FortunesPage.check(page(FortunesPage.expectedMessages(), s -> s)))
                .hasMessageContaining("literal <script>");
    }

    @Test
    void anUnsortedPageFails() {
        List<String> messages = new ArrayList<>(FortunesPage.expectedMessages());
        Collections.swap(messages, 0, 1);
        assertThatThrownBy(() -> FortunesPage.check(page(messages, FortunesPageTest::escapeLikeMustache)))
                .hasMessageContaining("row 1 is");
    }

    @Test
    void aPageWithoutTheAddedFortuneFails() {
        List<String> messages = new ArrayList<>(FortunesPage.expectedMessages());
        messages.remove(FortunesPage.ADDED);
        assertThatThrownBy(() -> FortunesPage.check(page(messages, FortunesPageTest::escapeLikeMustache)))
                .hasMessageContaining("has 12 fortune rows");
    }
}
