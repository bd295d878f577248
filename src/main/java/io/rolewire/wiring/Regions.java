package io.rolewire.wiring;

import java.util.List;

/**
 * The AWS regions Rolewire accepts, hard-coded on purpose: a typo in a region must be caught in the
 * wizard, not by a failed apply. The partition of every ARN follows from the region.
 */
public final class Regions {

    static final String AWS = "aws";
    static final String AWS_US_GOV = "aws-us-gov";
    static final String AWS_CN = "aws-cn";

    private static final List<String> KNOWN = List.of(
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
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
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
            "mx-central-1",
            "sa-east-1",
            "us-gov-east-1",
            "us-gov-west-1",
            "cn-north-1",
            "cn-northwest-1");

    private Regions() {}

    /** Every region Rolewire accepts, in the order a person expects to choose from. */
    public static List<String> known() {
        return KNOWN;
    }

    static boolean isKnown(String region) {
        return region != null && KNOWN.contains(region);
    }

    static String partitionOf(String region) {
        if (region.startsWith("us-gov-")) {
            return AWS_US_GOV;
        }
        return region.startsWith("cn-") ? AWS_CN : AWS;
    }
}
