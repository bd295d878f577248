package io.rolewire.export;

import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.RoleArn;
import io.rolewire.wiring.WiringInput;

/**
 * What the export writes into the destination account: the role to assume and its trust. When the run
 * creates the role, the stored trust document is the role's whole trust policy; when the role exists,
 * it holds only our statement, to be merged into the live trust (every other statement kept).
 *
 * @param sourceRoleArn the principal the trust names: the source role must exist before it is written
 */
record DestinationAccount(String accountId, String region, RoleResource role, String sourceRoleArn) {

    static DestinationAccount of(ExportedRun run) {
        WiringInput input = run.input();
        String account = input.destination().accountId();
        String name = input.destination().roleName();
        boolean create = input.destination().create();
        RoleResource role = new RoleResource(
                "destination",
                name,
                RoleArn.of(input.region(), account, name).toString(),
                create,
                run.required(DocumentKeys.DESTINATION_TRUST_POLICY),
                create ? input.destination().managedPolicyArns() : java.util.List.of());
        String sourceRoleArn = RoleArn.of(
                        input.region(),
                        input.source().accountId(),
                        input.source().roleName())
                .toString();
        return new DestinationAccount(account, input.region(), role, sourceRoleArn);
    }
}
