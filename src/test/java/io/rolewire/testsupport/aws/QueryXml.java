package io.rolewire.testsupport.aws;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query protocol of IAM and STS: form-encoded requests, XML answers and errors. */
final class QueryXml {

    static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
    static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";

    private QueryXml() {}

    static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(decode(key), decode(value));
        }
        return params;
    }

    static StubResponse ok(String namespace, String operation, String result, String requestId) {
        String resultElement =
                result == null ? "" : "<" + operation + "Result>" + result + "</" + operation + "Result>";
        return new StubResponse(
                200,
                StubResponse.XML,
                "<" + operation + "Response xmlns=\"" + namespace + "\">" + resultElement
                        + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata></"
                        + operation + "Response>",
                null);
    }

    static StubResponse error(String namespace, int status, String code, String message, String requestId) {
        return new StubResponse(
                status,
                StubResponse.XML,
                "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>Sender</Type><Code>" + code
                        + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>" + requestId
                        + "</RequestId></ErrorResponse>",
                null);
    }

    static String element(String name, String value) {
        return value == null ? "" : "<" + name + ">" + escape(value) + "</" + name + ">";
    }

    /** How IAM sends policy documents: percent-encoded (spaces as %20), unless the stub acts as an emulator. */
    static String policyDocument(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
