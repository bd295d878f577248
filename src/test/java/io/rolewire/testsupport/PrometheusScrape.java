package io.rolewire.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One answer of {@code /actuator/prometheus} (text format 0.0.4), read the way Prometheus reads
 * it: series by name and labels. A test scrapes before and after provoking a meter and compares,
 * since the Spring context (and its registry) is shared with other test classes.
 */
public final class PrometheusScrape {

    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {}

    private final List<Sample> samples;

    private PrometheusScrape(List<Sample> samples) {
        this.samples = samples;
    }

    /** Scrapes as the reviewer of the test users, with HTTP Basic as Prometheus would. */
    public static PrometheusScrape of(MockMvc mvc) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/actuator/prometheus").with(httpBasic("reviewer", "reviewer-pw")))
                .andReturn()
                .getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError("scrape answered " + response.getStatus());
        }
        return parse(response.getContentAsString());
    }

    static PrometheusScrape parse(String text) {
        return new PrometheusScrape(text.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(PrometheusScrape::sample)
                .toList());
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int end = line.lastIndexOf(' ');
        Map<String, String> labels = new HashMap<>();
        String name;
        if (brace >= 0 && brace < end) {
            name = line.substring(0, brace);
            Matcher label = LABEL.matcher(line.substring(brace, line.lastIndexOf('}') + 1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        } else {
            name = line.substring(0, end);
        }
        return new Sample(name, labels, Double.parseDouble(line.substring(end + 1)));
    }

    /** The value of the one series with this name carrying these labels (among others); fails when absent. */
    public double value(String name, String... labelPairs) {
        List<Sample> matching = matching(name, labelPairs);
        if (matching.size() != 1) {
            throw new AssertionError("expected one series " + name + List.of(labelPairs) + ", found " + matching);
        }
        return matching.get(0).value();
    }

    /** Like {@link #value} but 0 when the series does not exist yet (a counter created on first use). */
    public double valueOrZero(String name, String... labelPairs) {
        return has(name, labelPairs) ? value(name, labelPairs) : 0;
    }

    public boolean has(String name, String... labelPairs) {
        return !matching(name, labelPairs).isEmpty();
    }

    private List<Sample> matching(String name, String... labelPairs) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            wanted.put(labelPairs[i], labelPairs[i + 1]);
        }
        return samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(wanted.entrySet()))
                .toList();
    }
}
