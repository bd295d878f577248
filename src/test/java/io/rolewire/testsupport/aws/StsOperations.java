package io.rolewire.testsupport.aws;

import static io.rolewire.testsupport.aws.QueryXml.STS_NS;
import static io.rolewire.testsupport.aws.QueryXml.element;

import java.util.HashMap;
import java.util.Map;

/**
 * STS over the query protocol. AssumeRole hands out temporary keys that end in the role's account
 * id, so that later calls with them land in that account, as with real AWS.
 */
final class StsOperations {

    private final StubFaults faults;
    private final Map<String, String> assumedArns = new HashMap<>();
    private int sessions;

    StsOperations(StubFaults faults) {
        this.faults = faults;
    }

    StubResponse handle(StubCall call) {
        return switch (call.operation()) {
            case "GetCallerIdentity" -> callerIdentity(call);
            case "AssumeRole" -> assumeRole(call);
            default ->
                QueryXml.error(
                        STS_NS, 400, "InvalidAction", "The stub does not know " + call.operation(), call.requestId());
        };
    }

    private StubResponse callerIdentity(StubCall call) {
        String account =
                faults.actualAccount(call.account().id()).orElse(call.account().id());
        String arn = assumedArns.getOrDefault(
                call.request().accessKeyId(), "arn:aws:iam::" + account + ":user/rolewire-stub");
        String result = element("Arn", arn.replace(call.account().id(), account))
                + element("UserId", "AIDASTUB" + account)
                + element("Account", account);
        return QueryXml.ok(STS_NS, "GetCallerIdentity", result, call.requestId());
    }

    private StubResponse assumeRole(StubCall call) {
        String roleArn = call.param("RoleArn");
        String roleAccount = roleArn.split(":")[4];
        String roleName = roleArn.substring(roleArn.indexOf(":role/") + 6);
        sessions++;
        String accessKeyId = "ASIASTUB" + sessions + "X" + roleAccount;
        String assumedArn =
                "arn:aws:sts::" + roleAccount + ":assumed-role/" + roleName + "/" + call.param("RoleSessionName");
        assumedArns.put(accessKeyId, assumedArn);
        String result =
                "<Credentials>" + element("AccessKeyId", accessKeyId) + element("SecretAccessKey", "stub-secret")
                        + element("SessionToken", "stub-session-token") + element("Expiration", "2099-01-01T00:00:00Z")
                        + "</Credentials><AssumedRoleUser>"
                        + element("AssumedRoleId", "AROASTUB:" + call.param("RoleSessionName"))
                        + element("Arn", assumedArn) + "</AssumedRoleUser>";
        return QueryXml.ok(STS_NS, "AssumeRole", result, call.requestId());
    }
}
