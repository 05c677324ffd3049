package org.govgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textEscapesEveryCharacterThatMeansSomethingInHtml() {
        assertEquals(
                "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
                Html.text("<script>alert(\"x\") & 'y'</script>").toString());
    }

    @Test
    void controlCharactersAreDroppedButNewlinesKept() {
        assertEquals("a\nb", Html.escape("a\u0000\n\u0007b"));
    }

    @Test
    void stringChildrenAreEscapedAndFragmentsInsertedAsTheyAre() {
        Html html = Html.tag("p").add("<b>data</b>", Html.tag("em").add("ok")).html();
        assertEquals("<p>&lt;b&gt;data&lt;/b&gt;<em>ok</em></p>", html.toString());
    }

    @Test
    void attributeValuesAreEscapedSoTheyCannotCloseTheAttribute() {
        Html html =
                Html.tag("a").attr("href", "x\" onclick=\"alert(1)").add("t").html();
        assertEquals("<a href=\"x&quot; onclick=&quot;alert(1)\">t</a>", html.toString());
    }

    @Test
    void aTableHasOneHeaderRowOfEscapedHeadingsAboveItsRows() {
        Tag rows = Html.tag("tbody").add(Html.tag("tr").add(Html.tag("td").add("1")));
        assertEquals(
                "<table class=\"props\"><thead><tr><th>A &amp; B</th><th>C</th></tr></thead>"
                        + "<tbody><tr><td>1</td></tr></tbody></table>",
                Html.table("props", rows, "A & B", "C").toString());
        assertTrue(Html.table(null, rows, "A").toString().startsWith("<table><thead>"));
    }

    @Test
    void nullAttributesAreLeftOut() {
        assertEquals(
                "<span>t</span>", Html.tag("span").attr("lang", null).add("t").toString());
    }

    @Test
    void voidElementsHaveNoEndTagAndRefuseContent() {
        assertEquals(
                "<input type=\"search\">",
                Html.tag("input").attr("type", "search").toString());
        assertThrows(IllegalStateException.class, () -> Html.tag("br").add("x"));
    }

    @Test
    void elementAndAttributeNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Html.tag("a onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> Html.tag("a").attr("x\"", "1"));
    }

    @Test
    void pagesEscapeTheirTitleAndCarryTheSharedLayout() {
        String page = Layout.page("<script>x</script>", Layout.Section.HOME, Html.EMPTY, Html.text("body"))
                .toString();
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<title>&lt;script&gt;x&lt;/script&gt; · govgraph</title>"));
        assertFalse(page.contains("<script>x"));
        assertTrue(page.contains("href=\"/search\""));
        assertTrue(page.contains("href=\"/sparql\""));
        assertTrue(page.contains("href=\"/catalog\""));
        assertTrue(page.contains("Open Government Licence"));
        assertTrue(page.contains("aria-current=\"page\">Home"));
    }
}
