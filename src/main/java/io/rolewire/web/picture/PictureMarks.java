package io.rolewire.web.picture;

import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import java.util.List;
import java.util.function.Predicate;

/**
 * The mark of each box: from the live plan when there is one (its resources, by key), else from
 * the inputs alone (what the apply would create, write or leave).
 */
final class PictureMarks {

    private final LivePlan plan;
    private final boolean applied;

    /** @param applied the run was applied: whatever the plan would still write is drift */
    PictureMarks(LivePlan plan, boolean applied) {
        this.plan = plan;
        this.applied = applied;
    }

    boolean live() {
        return plan != null && plan.awsAccess();
    }

    /** @param planned the mark without a live plan */
    PictureMark of(Predicate<String> resourceKeys, PictureMark planned) {
        if (!live()) {
            return planned;
        }
        List<PictureMark> marks = plan.resources().stream()
                .filter(r -> resourceKeys.test(r.key()))
                .map(PlannedResource::change)
                .map(change -> PictureMark.of(change, applied))
                .toList();
        return marks.isEmpty() ? planned : PictureMark.strongest(marks);
    }

    static Predicate<String> keys(String... keys) {
        List<String> wanted = List.of(keys);
        return wanted::contains;
    }

    static Predicate<String> prefix(String prefix) {
        return key -> key.startsWith(prefix);
    }
}
