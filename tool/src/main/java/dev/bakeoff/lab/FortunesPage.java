package dev.bakeoff.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What /fortunes must answer and how its page is read back: the table rows of the page, their messages
 * un-escaped, compared with the seeded fortunes plus the one added at request time, sorted by message. The
 * markup fortune must arrive escaped: a page with a literal {@code <script>} fails. Engines escape different
 * characters (Mustache and Handlebars also {@code =} and {@code `}), so any HTML character reference is
 * accepted and decoded; whitespace between tags is the template's business.
 */
final class FortunesPage {
    static final String ADDED = "Additional fortune added at request time.";
    private static final Pattern ROW =
            Pattern.compile("<tr>\\s*<td>\\s*(\\d+)\\s*</td>\\s*<td>(.*?)</td>\\s*</tr>", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private FortunesPage() {}

    /** The seeded messages plus the added one, in the order the page must list them. */
    static List<String> expectedMessages() {
        List<String> messages = new ArrayList<>(
                Arrays.stream(PostgresSeed.FORTUNES).map(f -> f[1]).toList());
        messages.add(ADDED);
        messages.sort(null);
        return messages;
    }

    /** Throws AssertionError saying what is wrong with the page; returns a summary when it is right. */
    static String check(String body) {
        if (body.contains("<script>")) {
            throw new AssertionError(
                    "the page contains a literal <script>: the fortune with markup was not HTML-escaped");
        }
        List<String> messages = new ArrayList<>();
        Matcher m = ROW.matcher(body);
        while (m.find()) {
            messages.add(unescape(m.group(2)));
        }
        List<String> expected = expectedMessages();
        if (messages.size() != expected.size()) {
            throw new AssertionError("the page has " + messages.size() + " fortune rows (<tr><td>id</td><td>message"
                    + "</td></tr>), expected " + expected.size() + ": the table's " + PostgresSeed.FORTUNES.length
                    + " and the one added at request time");
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!messages.get(i).equals(expected.get(i))) {
                throw new AssertionError("row " + (i + 1) + " is '" + ContractChecks.abbreviate(messages.get(i))
                        + "', expected '" + expected.get(i) + "' (all fortunes, the added one too, sorted by message)");
            }
        }
        return expected.size() + " fortunes sorted by message, the markup one escaped";
    }

    static String unescape(String html) {
        if (html.indexOf('<') >= 0 || html.indexOf('>') >= 0) {
            throw new AssertionError("message '" + ContractChecks.abbreviate(html) + "' has unescaped < or >");
        }
        Matcher m = REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String decoded = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default ->
                    Character.toString(
                            ref.charAt(1) == 'x' || ref.charAt(1) == 'X'
                                    ? Integer.parseInt(ref.substring(2), 16)
                                    : Integer.parseInt(ref.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }
}
