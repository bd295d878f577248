package io.rolewire.web.picture;

import io.rolewire.apply.LivePlan;
import io.rolewire.apply.Side;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The wiring as a picture (fragments/picture.html draws it as SVG): the source account's workload,
 * role and permission policy on the left, sts:AssumeRole across, the destination's trust policy,
 * role and managed policies on the right. Each box carries a mark; positions are computed here so
 * the template only draws and a test can read what is drawn.
 *
 * @param live the marks come from a live plan (else from the inputs: what the apply would do)
 */
public record WiringPicture(
        String sourceAccountId,
        String destinationAccountId,
        List<PictureBox> source,
        List<PictureBox> destination,
        boolean live) {

    public static final int WIDTH = 960;
    static final int MARGIN = 16;
    static final int PANEL_WIDTH = 380;
    static final int PANEL_PADDING = 20;
    static final int FIRST_BOX_Y = 76;
    static final int GAP = 44;

    public WiringPicture {
        source = List.copyOf(source);
        destination = List.copyOf(destination);
    }

    /**
     * @param plan the latest live plan, null when none was read
     * @param applied the run was applied (drift is then what the plan would write again)
     */
    public static WiringPicture of(WiringInput input, LivePlan plan, boolean applied) {
        PictureMarks marks = new PictureMarks(plan, applied);
        return new WiringPicture(
                input.source().accountId(),
                input.destination().accountId(),
                SourceBoxes.of(input, marks),
                DestinationBoxes.of(input, marks),
                marks.live());
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return panelY() + panelHeight(Math.max(source.size(), destination.size())) + MARGIN;
    }

    public int panelY() {
        return MARGIN;
    }

    /** Each panel as tall as its own boxes: the destination has two when no policy is attached. */
    public int panelHeight(int boxes) {
        return FIRST_BOX_Y - MARGIN + boxes * PictureBox.HEIGHT + (boxes - 1) * GAP + PANEL_PADDING;
    }

    public int panelWidth() {
        return PANEL_WIDTH;
    }

    public int sourcePanelX() {
        return MARGIN;
    }

    public int destinationPanelX() {
        return WIDTH - MARGIN - PANEL_WIDTH;
    }

    /** Where the label of the arrow across sits: half way between the two panels. */
    public int middleX() {
        return WIDTH / 2;
    }

    /** The role that calls sts:AssumeRole, and the one it assumes: the arrow across. */
    public PictureBox sourceRole() {
        return source.get(1);
    }

    public PictureBox destinationRole() {
        return destination.get(1);
    }

    public boolean ecs() {
        return "picture.kind.task".equals(source.get(0).kindKey());
    }

    public List<PictureBox> boxes() {
        return Stream.concat(source.stream(), destination.stream()).toList();
    }

    /** The marks in use, for the legend, in a fixed order. */
    public Set<PictureMark> marks() {
        Set<PictureMark> used = EnumSet.noneOf(PictureMark.class);
        boxes().forEach(box -> used.add(box.mark()));
        return used;
    }

    /** Boxes of one panel, stacked from the top. */
    static List<PictureBox> stack(Side side, List<Slot> slots) {
        int x = (side == Side.SOURCE ? MARGIN : WIDTH - MARGIN - PANEL_WIDTH) + PANEL_PADDING;
        List<PictureBox> boxes = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            int y = FIRST_BOX_Y + i * (PictureBox.HEIGHT + GAP);
            boxes.add(new PictureBox(slot.id(), side, slot.kindKey(), slot.name(), slot.count(), slot.mark(), x, y));
        }
        return boxes;
    }

    /** A box before it is placed. */
    record Slot(String id, String kindKey, String name, int count, PictureMark mark) {}

    static boolean ecs(WiringInput input) {
        return input.workload() != Workload.EC2_INSTANCE;
    }
}
