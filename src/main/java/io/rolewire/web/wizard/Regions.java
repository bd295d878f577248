package io.rolewire.web.wizard;

import java.util.ArrayList;
import java.util.List;

/**
 * The regions offered in the wizard's select. Whether a region is valid is the wiring core's rule;
 * this list only makes choosing one easy. A saved value missing from it is still offered, so
 * nothing typed earlier silently changes.
 */
final class Regions {

    static final List<String> KNOWN = List.of(
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2",
            "af-south-1",
            "ap-east-1",
            "ap-south-1",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ca-central-1",
            "ca-west-1",
            "eu-central-1",
            "eu-central-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "eu-south-1",
            "eu-south-2",
            "eu-north-1",
            "il-central-1",
            "me-south-1",
            "me-central-1",
            "sa-east-1",
            "us-gov-east-1",
            "us-gov-west-1",
            "cn-north-1",
            "cn-northwest-1");

    private Regions() {}

    static List<String> offered(String current) {
        if (current == null || current.isBlank() || KNOWN.contains(current)) {
            return KNOWN;
        }
        List<String> offered = new ArrayList<>(KNOWN);
        offered.add(0, current);
        return List.copyOf(offered);
    }
}
