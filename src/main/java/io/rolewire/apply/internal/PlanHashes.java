package io.rolewire.apply.internal;

import io.rolewire.wiring.Sha256;
import java.util.List;
import java.util.TreeSet;

/**
 * The live plan's hash: the documents' hash, then per account either every live resource (its id,
 * document and members, in plan order) or that it could not be read. Request ids and read times
 * stay out, so reading an unchanged account twice gives the same hash.
 */
final class PlanHashes {

    private PlanHashes() {}

    static String of(String documentsHash, List<LivePlanner.SideRead> sides) {
        StringBuilder text = new StringBuilder("rolewire-live-plan-v1\n")
                .append(documentsHash)
                .append('\n');
        for (LivePlanner.SideRead side : sides) {
            text.append(side.reach().side())
                    .append('|')
                    .append(side.reach().accountId())
                    .append('|');
            if (!side.reach().reachable()) {
                text.append("unreachable\n");
                continue;
            }
            text.append("read\n");
            for (int i = 0; i < side.specs().size(); i++) {
                LiveResource live = side.lives().get(i);
                text.append(side.specs().get(i).key())
                        .append('|')
                        .append(live.present())
                        .append('|')
                        .append(live.id())
                        .append('|')
                        .append(live.document())
                        .append('|')
                        .append(new TreeSet<>(live.members()))
                        .append('\n');
            }
        }
        return sha256(text.toString());
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
